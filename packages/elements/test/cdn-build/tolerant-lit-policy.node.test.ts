/** The script-tag build's tolerant Lit policy: Lit's real module is rewritten, an unknown one fails the build. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tolerateLitPolicy } from '../../scripts/cdn/tolerant-lit-policy.mjs';

const require = createRequire(import.meta.url);
// The production browser build the CDN files bundle, whichever build (node, development) `require` finds.
const resolved = require.resolve('lit-html');
const litHtml = readFileSync(
  `${resolved.slice(0, resolved.lastIndexOf('/lit-html/'))}/lit-html/lit-html.js`,
  'utf8',
);

describe('tolerateLitPolicy', () => {
  it("rewrites the installed lit-html's policy creation into the tolerant helper", () => {
    const rewritten = tolerateLitPolicy(litHtml);
    expect(rewritten).toContain('__klLitHtmlPolicy(');
    // The only createPolicy call left is the helper's own, inside its try.
    expect(rewritten.match(/createPolicy\(/g)).toHaveLength(1);
    expect(rewritten).toMatch(/try\{return factory\.createPolicy\("lit-html"/);
  });

  it('makes the build fail on a lit-html that creates its policy another way', () => {
    expect(() =>
      tolerateLitPolicy('const e=s?s.createPolicy("lit-html",{createHTML:x=>String(x)}):void 0'),
    ).toThrow(/no longer creates its policy/);
  });
});
