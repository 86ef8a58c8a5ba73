/** The VERSION string of the fake second copy of the elements that ganda.html loads beside the real one. */
export const OTHER_VERSION = '0.0.1-lain';
