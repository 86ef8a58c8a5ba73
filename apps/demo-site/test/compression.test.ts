/**
 * The server answers like a CDN: brotli or gzip as the request's Accept-Encoding allows, identity
 * otherwise, always `Vary: Accept-Encoding`; a versioned package file cached for a year as immutable,
 * pages revalidated. Compression is transport only: the decoded bytes are the file's, so SRI still holds.
 * Raw responses through node:http, since fetch() would decode them out of sight.
 */
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { IMMUTABLE, REVALIDATE } from '../scripts/server.mjs';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const sent = request(new URL(path, inject('baseUrl')), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** The all-in-one script the home page loads, and the integrity its tag pins. */
async function homePageScript() {
  const html = (await get('/')).body.toString('utf8');
  const tag = /<script[^>]*\ssrc="([^"]+ketahanan\.js)"[^>]*\sintegrity="([^"]+)"/.exec(html);
  if (!tag?.[1] || !tag[2]) throw new Error('The home page has no ketahanan.js script tag with integrity.');
  return { src: tag[1], integrity: tag[2] };
}

const sha384 = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

describe.each(['/', '/en/', '/assets/theme.css', '/data/sukamaju.json'])('%s', (path) => {
  it('comes as brotli to a browser that accepts it, decoding to the same bytes as the plain answer', async () => {
    const plain = await get(path);
    const brotli = await get(path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
    expect(brotli.body.length).toBeLessThan(plain.body.length);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(brotli.headers['content-type']).toBe(plain.headers['content-type']);
    for (const answer of [plain, brotli]) expect(answer.headers.vary).toBe('Accept-Encoding');
  });

  it('comes as gzip when brotli is not accepted, and as identity when nothing is', async () => {
    const plain = await get(path, { 'Accept-Encoding': 'identity' });
    const gzip = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  });
});

describe('caching', () => {
  it('pages are kept but revalidated: a matching ETag gets a 304 that still names the policy', async () => {
    const page = await get('/', { 'Accept-Encoding': 'br' });
    expect(page.headers['content-type']).toBe('text/html;charset=utf-8');
    expect(page.headers['cache-control']).toBe(REVALIDATE);
    const etag = String(page.headers.etag);
    const again = await get('/', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['cache-control']).toBe(REVALIDATE);
    expect(again.headers.vary).toBe('Accept-Encoding');
  });

  it('the versioned package file is immutable for a year, CORS-readable, and its brotli decodes to the SRI-pinned bytes', async () => {
    const { src, integrity } = await homePageScript();
    expect(src).toMatch(/^\/npm\/@ketahanan\/elements@\d+\.\d+\.\d+[^/]*\/dist\/cdn\/ketahanan\.js$/);
    const script = await get(src, { 'Accept-Encoding': 'br' });
    expect(script.headers['content-encoding']).toBe('br');
    expect(script.headers['content-type']).toBe('text/javascript');
    expect(script.headers['cache-control']).toBe(IMMUTABLE);
    expect(script.headers['access-control-allow-origin']).toBe('*');
    expect(sha384(brotliDecompressSync(script.body))).toBe(integrity);
  });

  it('a missing file is a 404 nobody keeps', async () => {
    const missing = await get('/tidak-ada.html', { 'Accept-Encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
  });
});
