import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import '../../define/faq-accordion.js';
import type { KlFaqAccordion } from '../faq-accordion.js';
import { expanded, must, questionButtons, rendered, toggleAllButton } from './faq-accordion-fixture.js';

/*
 * A strict policy, added as a <meta> the way a site without header access would. Chromium enforces a
 * policy from a <meta> inserted at run time for everything that happens afterwards, so this file's page
 * really runs under it (each test file has its own page). Trusted Types are required too: the JSON-LD
 * block must get in without assigning a string to a script's text.
 */
const POLICY = "style-src 'self'; require-trusted-types-for 'script'";
const violations: string[] = [];
const record = (event: SecurityPolicyViolationEvent) =>
  violations.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`);

beforeAll(() => {
  document.addEventListener('securitypolicyviolation', record);
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = POLICY;
  document.head.append(meta);
});

afterAll(() => {
  cleanupFixtures();
  document.removeEventListener('securitypolicyviolation', record);
});

describe('on a page with a strict Content-Security-Policy', () => {
  it('really enforces the policy here (an inline <style> is reported)', async () => {
    const inline = document.createElement('style');
    inline.textContent = 'p { color: red }';
    document.head.append(inline);
    await expect
      .poll(() => violations.length > 0, { message: 'a violation report for the inline style' })
      .toBeTruthy();
    inline.remove();
    expect(violations.join('\n')).toMatch(/style-src/);
    violations.length = 0;
  });

  it('renders, opens and closes answers and publishes structured data without a single violation', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang="id" structured-data></kl-faq-accordion>`,
    );
    await userEvent.click(must(questionButtons(faq)[0], 'first question'));
    await userEvent.click(must(toggleAllButton(faq), 'show all'));
    await rendered(faq);
    expect(expanded(faq)).toEqual([true, true, true, true, true]);
    const block = must(document.head.querySelector('script[type="application/ld+json"]'), 'JSON-LD block');
    expect(block.textContent).toContain('FAQPage');
    // Reports are queued as tasks: give them time to arrive before concluding there are none.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).toEqual([]);
  });
});
