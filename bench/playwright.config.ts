import { defineConfig } from '@playwright/test';
import type { Engine } from '../tests/e2e/fixture';

/**
 * `npm run bench`: figures, not pass/fail budgets (the machines are shared and noisy; compare
 * ratios within one run). One worker, so the browsers do not compete with each other.
 */
// Figures come from the build with the store's KDF cost (`npm run build:bench`), not the e2e one.
process.env.HAVEN_BUILD = 'bench';

export default defineConfig<{ engine: Engine }>({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
  outputDir: '../test-results/bench',
  globalSetup: './report.ts',
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    { name: 'firefox', use: { engine: 'firefox' } },
  ],
});
