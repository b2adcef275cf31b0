// Types for chromium.mjs, so playwright.config.ts and the TypeScript scripts can import it.
export const CHROMIUM_ARGS: readonly string[];
export const CHROMIUM_PATH: string;
