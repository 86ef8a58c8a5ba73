/**
 * The content-type rule of `src`: a response is read as content only when its server says it is JSON
 * (`application/json`, any `application/…+json`, or the older `text/json`). An HTML page, an image or plain
 * text is refused for what it is, even when its body would parse as JSON, and without reading the body.
 */
import { describe, expect, it } from 'vitest';
import { typedUrl } from '../../../test/hardening/marker-content.js';
import { fetchJson, type RawContent } from '../content-source.js';

const DOCUMENT = { faq: [{ id: 'a', question: 'Q?', answer: 'A.' }] };

/** `/__kl/typed` answering DOCUMENT (valid JSON) with `Content-Type: type`, or with none. */
const typed = (type: string | undefined, extra = '') => typedUrl(DOCUMENT, type, extra);

async function fetched(url: string): Promise<RawContent | undefined> {
  return await fetchJson(url, new AbortController().signal, 8000);
}

describe('a src answer is read as content', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON;Charset=UTF-8',
    'application/ld+json',
    'application/vnd.api+json',
    'application/manifest+json; charset=utf-8',
    'text/json',
  ])('when it is sent as %j', async (type) => {
    expect(await fetched(typed(type))).toEqual({ kind: 'src', value: DOCUMENT });
  });
});

describe('a src answer is refused, whatever its body holds', () => {
  it.each([
    ['text/html', 'text/html; charset=utf-8'],
    ['image/png', 'image/png'],
    ['text/plain', 'text/plain; charset=utf-8'],
    ['application/octet-stream', 'application/octet-stream'],
    ['application/javascript', 'application/javascript'],
    ['application/jsonp', 'application/jsonp'],
    ['text/html', 'TEXT/HTML'],
  ])('when it is sent as %j (header %j)', async (mediaType, type) => {
    expect(await fetched(typed(type))).toEqual({
      kind: 'src',
      failure: { message: 'errorContentType', mediaType },
    });
  });

  it.each([
    ['no Content-Type at all', undefined],
    ['an empty Content-Type', ''],
    ['a Content-Type that is no media type', 'json'],
    ['a Content-Type with a parameter only', ';charset=utf-8'],
  ])('when it has %s', async (_situation, type) => {
    expect(await fetched(typed(type))).toEqual({ kind: 'src', failure: { message: 'errorNoContentType' } });
  });

  it('as soon as the headers arrive, without waiting for a body that never ends', async () => {
    expect(await fetched(typed('image/png', '&hold=1'))).toEqual({
      kind: 'src',
      failure: { message: 'errorContentType', mediaType: 'image/png' },
    });
  });

  it('for the type of the answer a redirect led to, not of the first response', async () => {
    const target = encodeURIComponent(typed('text/html'));
    expect(await fetched(`/__kl/redirect?to=${target}`)).toEqual({
      kind: 'src',
      failure: { message: 'errorContentType', mediaType: 'text/html' },
    });
  });
});
