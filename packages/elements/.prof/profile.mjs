import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';
const dir = '/tmp/prof/out/';
const N = Number(process.env.N ?? 10), ITER = Number(process.env.ITER ?? 200);
const page_html = `<!doctype html><html lang="id"><body><div id=stage></div><script type=module>
import './faq.js';
const items = Array.from({length: ${N}}, (_, i) => ({ id: 'q' + i, question: 'Pertanyaan nomor ' + i + '?', answer: 'Jawaban untuk pertanyaan ' + i + '.' }));
window.run = async (iter) => {
  const stage = document.getElementById('stage');
  let total = 0;
  for (let i = 0; i < iter; i++) {
    const t = performance.now();
    const el = document.createElement('kl-faq-accordion');
    el.content = { faq: items };
    stage.append(el);
    await el.updateComplete;
    el.getBoundingClientRect();
    total += performance.now() - t;
    el.remove();
  }
  return total / iter;
};
window.ready = true;
</script>`;
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') { res.setHeader('content-type', 'text/html'); return res.end(page_html); }
  try { res.setHeader('content-type', 'text/javascript'); res.end(readFileSync(dir + path.slice(1))); } catch { res.statusCode = 404; res.end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForFunction(() => window.ready);
await page.evaluate((n) => window.run(n), 30);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const avg = await page.evaluate((n) => window.run(n), ITER);
const { profile } = await cdp.send('Profiler.stop');
console.log('avg ms per render', avg.toFixed(3));
const self = new Map();
const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
let total = 0;
for (const [id, us] of counts) { const n = byId.get(id); const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`; self.set(key, (self.get(key) ?? 0) + us); total += us; }
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40));
for (const [k, us] of rows) console.log((us / 1000).toFixed(1).padStart(8), 'ms', (100 * us / total).toFixed(1).padStart(5) + '%', k);
await browser.close(); server.close();
