export declare function findChromium(): string;
export declare const CHROMIUM_ARGS: string[];
export declare function chromiumLaunchOptions(): { executablePath: string; headless: true; args: string[] };
