export declare function findChromium(): string;
export declare function findFirefox(): string;
export declare function findWebKit(): { driver: string; browser: string; xvfb: string };
export declare const CHROMIUM_ARGS: string[];
export declare function chromiumLaunchOptions(): { executablePath: string; headless: true; args: string[] };
export declare const FIREFOX_PREFS: Record<string, string | number | boolean>;
export declare const WINDOW_SIZE: { width: number; height: number };
