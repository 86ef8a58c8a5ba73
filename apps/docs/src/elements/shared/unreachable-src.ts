/**
 * A content URL that can never load: Chromium refuses port 9 ("discard") before opening any connection, so
 * the element's network-error state shows at once and no request leaves the machine. The static-build test
 * allows exactly this URL's "Failed to load resource" console line.
 */
export const UNREACHABLE_SRC = 'http://127.0.0.1:9/konten.json';
