// CONTRACT (filled in by the model work).
/** The URL when its scheme is https:, http:, mailto: or tel: (relative URLs resolve as http(s)); else null. */
export declare function safeUrl(url: string | undefined, base?: string): string | null;
