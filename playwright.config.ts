import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const PORT = Number(process.env.PW_PORT ?? 4317);

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  // No retries, in CI either: a test that needs one is a bug to fix, not to hide.
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/graphics/distillation/`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
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
