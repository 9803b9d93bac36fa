import { defineConfig } from '@playwright/test';
import type { Engine } from './tests/e2e/fixture';

/**
 * One runner, one project per browser. Every scenario in tests/e2e runs in both, against the
 * test build (`npm run build:e2e`); see tests/e2e/fixture for how each browser is driven.
 */
export default defineConfig<{ engine: Engine }>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Two at once on CI's two cores. Three were tried: no faster (11.8 vs 11.7 min), and the
  // Firefox quota scenario slowed past its wait.
  workers: 2,
  // One retry on CI, where the machine is shared: a test that needed it is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    { name: 'firefox', use: { engine: 'firefox' } },
  ],
});
