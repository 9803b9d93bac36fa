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
  // Most of a scenario's time is spent waiting (key derivation, the browser starting), so three
  // at once fit two cores: the suite went from 11.7 to about 8 minutes on CI's machine.
  workers: 3,
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
