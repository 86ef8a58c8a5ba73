/**
 * Where focus goes in a horizontal tablist (WAI-ARIA APG tabs): Left/Right move one tab and wrap, Home/End
 * go to the first/last. `undefined` for any other key, so the browser keeps its default (Tab leaves the list).
 */
export function targetTab(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
