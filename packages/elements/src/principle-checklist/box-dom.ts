import type { Principle } from '@ketahanan/model';
import { element } from '../shared/element.js';

/**
 * One principle's checkbox, label and description, built as DOM (see shared/element.ts) once per content: a
 * tick changes nothing in it but the box's `checked`, which the element sets (see its `updated`). The
 * box carries its principle's id, which the element's one `change` listener reads. The description is the
 * box's description for screen readers, read after its label.
 */
export function buildBox(principle: Principle): HTMLElement {
  const box = element('input', 'checklist__checkbox', 'checkbox');
  box.setAttribute('type', 'checkbox');
  box.id = `principle-${principle.id}`;
  box.dataset.principle = principle.id;
  box.setAttribute('aria-describedby', `description-${principle.id}`);
  const label = element('label', 'checklist__label', 'label', principle.title);
  label.setAttribute('for', box.id);
  const description = element('p', 'checklist__description', 'description', principle.description);
  description.id = `description-${principle.id}`;
  return element('li', 'checklist__item', 'item', box, label, description);
}
