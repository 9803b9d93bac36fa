import { defineConfig } from '@playwright/test';

/**
 * The store screenshots (`npm run screenshots`), made from the store build in Chromium, so the
 * listing never shows a screen the extension no longer has. One worker, about 15 s.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 90_000,
  reporter: [['list']],
  outputDir: '../../test-results/store',
});
