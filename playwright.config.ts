import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PW_PORT ?? 4317);

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

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/graphics/distillation/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    // Serves dist/ from a sub-folder, as a newsroom would host it.
    command: `node scripts/serve.mjs --port ${PORT} --prefix /graphics/distillation/`,
    url: `http://127.0.0.1:${PORT}/graphics/distillation/`,
    reuseExistingServer: !process.env.CI,
  },
});
