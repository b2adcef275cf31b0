// How every test and script launches Chromium, in one place: playwright.config.ts, the build's
// picture and height scripts, the benchmarks and the screenshots.

/** Flags this sandbox needs: no GPU, no background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to drive: $CHROMIUM_PATH, else the system's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
