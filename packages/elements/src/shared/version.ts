// Kept equal to package.json's version by `npm run version-packages` (and checked by a test), so that a
// page holding two copies of the elements can say which versions met.
export const VERSION = '0.1.0';
