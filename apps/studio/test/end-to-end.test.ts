/**
 * The built studio (dist/) as a site owner uses it, in Chromium driven from Node: write a partner with the
 * keyboard, reload, download the file, and then prove what the studio gave them works. The CLI validates
 * the downloaded file, and the copied embed code, pasted into a page of the demo site, shows the partner,
 * with the script checked against its SRI hash, and without JavaScript as fallback text.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sirv from 'sirv';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer, stopSiteServer } from '@ketahanan/demo-site/server';
import { chromiumLaunchOptions } from '../../../tools/browser/chromium.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const cli = fileURLToPath(new URL('../../../packages/cli/bin/ketahanan.js', import.meta.url));
const run = promisify(execFile);

let studio: Server;
let studioUrl = '';
let demo: Server;
let demoUrl = '';
let browser: Browser;
let folder = '';

beforeAll(async () => {
  const serve = sirv(dist, { dev: false });
  studio = createServer((request, response) => {
    serve(request, response, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  await new Promise<void>((resolve) => studio.listen(0, '127.0.0.1', resolve));
  studioUrl = `http://127.0.0.1:${(studio.address() as AddressInfo).port}/`;
  ({ server: demo, url: demoUrl } = await startSiteServer());
  browser = await chromium.launch(chromiumLaunchOptions());
  folder = await mkdtemp(join(tmpdir(), 'ketahanan-studio-'));
});

afterAll(async () => {
  await browser.close();
  studio.closeAllConnections();
  await new Promise((resolve) => studio.close(resolve));
  await stopSiteServer(demo);
  await rm(folder, { recursive: true, force: true });
});

/** What the site owner takes away from the studio. */
let exportedFile = '';
let snippet = '';

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.type(text);
}

describe('a site owner, from the studio to their site', () => {
  it('writes a partner with the keyboard, keeps it across a reload, and downloads the file', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(studioUrl)) elsewhere.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(studioUrl);
    await page.getByRole('button', { name: 'Mulai dari kosong' }).click();
    await page.getByRole('button', { name: 'Tambah mitra' }).press('Enter');
    // Adding focuses the new partner's first input, its Indonesian name.
    await page.keyboard.type('Bappeda Sukamaju');
    await typeInto(page, 'Nama (English)', 'Sukamaju Planning Agency');
    await page.getByLabel('Sektor (opsional)', { exact: true }).selectOption('pemerintah');
    await typeInto(page, 'Situs web (opsional)', 'https://bappeda.sukamaju.example/');

    await page.reload();
    await expect.poll(() => page.getByLabel('Nama (Bahasa Indonesia)').inputValue()).toBe('Bappeda Sukamaju');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh berkas JSON' }).click(),
    ]);
    exportedFile = join(folder, download.suggestedFilename());
    await download.saveAs(exportedFile);
    snippet = (await page.locator('pre.snippet').textContent()) ?? '';
    expect(errors).toEqual([]);
    // Nothing left the browser: every request was for the studio's own files (the download is a Blob URL).
    expect(elsewhere.filter((url) => !url.startsWith('blob:'))).toEqual([]);
    await context.close();

    const exported = JSON.parse(await readFile(exportedFile, 'utf8')) as { partners: unknown[] };
    expect(exported.partners).toEqual([
      {
        id: 'mitra-1',
        name: { id: 'Bappeda Sukamaju', en: 'Sukamaju Planning Agency' },
        sector: 'pemerintah',
        url: 'https://bappeda.sukamaju.example/',
      },
    ]);
  });

  it('has a file that `ketahanan validate` accepts, every text in both languages', async () => {
    // execFile rejects on any exit code but 0, with the CLI's output in the error.
    const { stdout } = await run(process.execPath, [cli, 'validate', exportedFile, '--require-languages']);
    expect(stdout).not.toBe('');
  });

  it('has embed code that shows the partner on a page of the demo site, script checked by SRI', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const address = new URL('/dari-studio.html', demoUrl).href;
    await page.route(address, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Mitra</title></head><body><main>${snippet}</main></body></html>`,
      }),
    );
    // The snippet loads from jsDelivr; the demo site serves the same files (same bytes, same hashes) at the
    // same paths, so the browser checks the studio's integrity hash against the real script.
    await page.route('https://cdn.jsdelivr.net/npm/**', async (route) => {
      const local = new URL(new URL(route.request().url()).pathname, demoUrl).href;
      await route.fulfill({ response: await route.fetch({ url: local }) });
    });
    await page.goto(address);
    const names = page.locator('kl-partner-cards').locator('[part~="name"]');
    await expect.poll(() => names.allTextContents()).toEqual(['Bappeda Sukamaju']);
    await context.close();
  });

  it('has embed code whose partner is readable with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="id"><body>${snippet}</body></html>`);
    await expect
      .poll(() => page.locator('kl-partner-cards li').allTextContents())
      .toEqual([expect.stringContaining('Bappeda Sukamaju')]);
    await context.close();
  });
});
