import { chromium } from 'playwright';
import sirv from 'sirv';
import { createServer } from 'node:http';
import { chromiumLaunchOptions } from '/work/main/tools/browser/chromium.mjs';
const serve = sirv('/work/main/apps/docs/storybook-static', { dev: false });
const server = createServer((q, r) =>
  serve(q, r, () => {
    r.statusCode = 404;
    r.end();
  }),
);
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
page.on('console', (m) => {
  if (m.type() === 'error') console.log(m.type(), m.text().slice(0, 300));
});
await page.goto(
  `http://127.0.0.1:${server.address().port}/iframe.html?id=${process.argv[2]}&viewMode=story&globals=${process.argv[3]}`,
);
await page.waitForTimeout(4000);
const info = await page.evaluate(() => {
  const host = document.querySelector('kl-partner-cards');
  const card = host.shadowRoot.querySelector('[part~="card"]');
  const cs = getComputedStyle(card);
  const r = card.getBoundingClientRect();
  return {
    bg: cs.backgroundColor,
    color: cs.color,
    scheme: cs.colorScheme,
    rect: [r.x, r.y, r.width, r.height],
    frame: getComputedStyle(document.querySelector('.kl-docs-frame')).backgroundColor,
    bodyH: document.body.scrollHeight,
  };
});
console.log(JSON.stringify(info));
await page.screenshot({ path: '/tmp/probe.png' });
await browser.close();
server.close();
