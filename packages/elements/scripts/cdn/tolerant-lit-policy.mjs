// Makes Lit's Trusted Types policy creation fail closed in the script-tag (CDN) build.
//
// Lit creates its `lit-html` policy when its module loads. Where the page's `trusted-types` directive does not
// allow that name (`'none'`), or allows it once and another copy of Lit made it first (no `'allow-duplicates'`),
// `createPolicy` throws, and every script-tag file would throw an uncaught TypeError into the host page at load.
// Wrapped, the failure leaves Lit without a policy: its first render then meets the page's enforcement, the
// element's update catches that (see src/shared/kl-element.ts) and the widget shows its fallback markup.
// The npm build is left alone: there the site's own bundle owns Lit and its policy.

/** Lit's policy creation as its minified production module writes it: `s.createPolicy("lit-html",{createHTML:t=>t})`. */
const CREATE_POLICY = /(\w+)\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\)/;

const HELPER =
  'function __klLitHtmlPolicy(factory){try{return factory.createPolicy("lit-html",{createHTML:(text)=>text})}catch{return void 0}}\n';

/**
 * `code` of lit-html's module with its `createPolicy` call made tolerant.
 * @param {string} code
 * @returns {string}
 */
export function tolerateLitPolicy(code) {
  // A Lit release that writes the call differently must fail the build, not ship the throwing call.
  if (!CREATE_POLICY.test(code))
    throw new Error('tolerant-lit-policy: lit-html no longer creates its policy as expected');
  return HELPER + code.replace(CREATE_POLICY, (_call, factory) => `__klLitHtmlPolicy(${factory})`);
}

/** The Vite plugin: applies {@link tolerateLitPolicy} to lit-html's own module. */
export function tolerantLitPolicy() {
  return {
    name: 'ketahanan:tolerant-lit-policy',
    transform: {
      filter: { id: /[\\/]lit-html[\\/]lit-html\.js$/ },
      /** @param {string} code */
      handler(code) {
        return { code: tolerateLitPolicy(code), map: null };
      },
    },
  };
}
