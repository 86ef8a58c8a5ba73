/**
 * Stories share one page address (iframe.html), so a checklist keeping answers per page would carry one
 * story's answers into the next. Each story starts clean: this forgets what checklists stored, and only
 * that (the Storybook UI keeps its own settings in the same storage).
 */
const CHECKLIST_STORAGE_PREFIX = 'kl-principle-checklist:';

export function forgetChecklistAnswers(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(CHECKLIST_STORAGE_PREFIX)) localStorage.removeItem(key);
  }
}
