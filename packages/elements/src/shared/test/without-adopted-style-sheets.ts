// Imported first by its test file, before Lit: Lit decides once, when it loads, whether it can adopt
// constructed style sheets or must write <style> elements, as in a browser without them.
import { removeFeature } from '../../../test/older-engine.js';

removeFeature(Document.prototype, 'adoptedStyleSheets');
removeFeature(ShadowRoot.prototype, 'adoptedStyleSheets');
