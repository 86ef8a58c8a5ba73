// The host page around the widgets: a WordPress-like single-post layout (top bar, header with logo and
// menu, breadcrumbs, article, sidebar, footer). No inline script or style anywhere, so every page also
// works under the strict Content-Security-Policy of csp.html.
import { escapeHtml } from '@ketahanan/elements/snippet';
import { DEMO_PAGES, SITE_TEXT } from './site-text.mjs';

function header(text) {
  const menu = text.menu
    .map(
      (item, index) =>
        `<li><a href="/"${index === 2 ? ' aria-current="page"' : ''}>${escapeHtml(item)}</a></li>`,
    )
    .join('');
  const other = text.otherLanguage;
  return `<header class="site-masthead">
  <div class="site-topbar">${escapeHtml(text.topbar)} · <a href="${other.href}" lang="${other.href === '/' ? 'id' : 'en'}">${escapeHtml(other.label)}</a></div>
  <div class="site-header">
    <a class="site-branding" href="/">
      <img src="/assets/logo.svg" alt="" width="56" height="63">
      <span><span class="site-title">${escapeHtml(text.siteName)}</span><span class="site-description">${escapeHtml(text.tagline)}</span></span>
    </a>
    <nav class="main-navigation" aria-label="${escapeHtml(text.menuLabel)}"><ul class="menu">${menu}</ul></nav>
  </div>
</header>`;
}

function sidebar(text) {
  const demos = DEMO_PAGES.map(
    (page) => `<li><a href="${page.href}">${escapeHtml(page.label)}</a></li>`,
  ).join('');
  return `<aside class="widget-area" aria-label="Sidebar">
  <section class="widget search-form">
    <form role="search" action="/" method="get">
      <label for="cari">${escapeHtml(text.searchLabel)}</label>
      <input id="cari" type="search" name="s">
      <button type="submit">${escapeHtml(text.searchButton)}</button>
    </form>
  </section>
  <section class="widget">
    <h2 class="widget-title">${escapeHtml(text.latestNews)}</h2>
    <ul><li><a href="/">${escapeHtml(text.news1)}</a></li><li><a href="/">${escapeHtml(text.news2)}</a></li><li><a href="/">${escapeHtml(text.news3)}</a></li></ul>
  </section>
  <section class="widget">
    <h2 class="widget-title">${escapeHtml(text.demoPages)}</h2>
    <ul>${demos}</ul>
  </section>
</aside>`;
}

function footer(text) {
  return `<footer class="site-footer">
  <div class="footer-columns">
    <section><h2>${escapeHtml(text.footerAddress)}</h2><p>${escapeHtml(text.address)}</p></section>
    <section><h2>${escapeHtml(text.footerContact)}</h2><p>${escapeHtml(text.phone)}<br><a href="mailto:info@sukamaju.example">info@sukamaju.example</a></p></section>
  </div>
  <p class="footer-columns">${escapeHtml(text.footerNote)}</p>
</footer>`;
}

/** The search-result snippet: the page's own summary, else the site's. */
const metaDescription = (description, lang) =>
  `<meta name="description" content="${escapeHtml(description ?? SITE_TEXT[lang].description)}">`;

/**
 * A whole themed page. `head` holds the widgets' script tag(s); `body` the article's inner HTML.
 * @param {{ lang: 'id' | 'en', title: string, description?: string, head: string, body: string }} page
 */
export function themedPage({ lang, title, description, head, body }) {
  const text = SITE_TEXT[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(text.siteName)}</title>
${metaDescription(description, lang)}
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/theme.css">
${head}
</head>
<body class="post-template-default single single-post">
<a class="skip-link" href="#konten">${escapeHtml(text.skip)}</a>
${header(text)}
<div class="site-content">
  <main id="konten" class="site-main">
    <nav class="breadcrumbs" aria-label="${escapeHtml(text.breadcrumbLabel)}"><a href="/">${escapeHtml(text.home)}</a> › <a href="/">${escapeHtml(text.news)}</a> › <span aria-current="page">${escapeHtml(title)}</span></nav>
    <article class="entry post">
      <header><h1 class="entry-title">${escapeHtml(title)}</h1><p class="entry-meta">${escapeHtml(text.published)}</p></header>
      <div class="entry-content">
${body}
      </div>
    </article>
  </main>
${sidebar(text)}
</div>
${footer(text)}
</body>
</html>
`;
}

/**
 * The plain reference page: the same widgets with no theme, so tests can compare computed styles.
 * @param {{ lang: 'id' | 'en', title: string, description?: string, head: string, body: string }} page
 */
export function plainPage({ lang, title, description, head, body }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${metaDescription(description, lang)}
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/polos.css">
${head}
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}
