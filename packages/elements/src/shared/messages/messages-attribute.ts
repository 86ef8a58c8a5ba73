import { WARNING_CODES, warnOnce } from '../warnings.js';

/** The `messages` attribute as an object; broken JSON is ignored with a warning, never thrown at the page. */
export function messagesFromAttribute(value: string | null): object | undefined {
  if (value === null) return undefined;
  try {
    return JSON.parse(value) as object;
  } catch {
    warnOnce(WARNING_CODES.invalidLanguagePack, 'messages: not JSON');
    return undefined;
  }
}
