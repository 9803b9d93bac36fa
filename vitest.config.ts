import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Two projects: `unit` (logic, with WXT's fakeBrowser) runs before anything is built;
 * `build` (tests/build) inspects the built extensions, so `npm test` runs it after the builds.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['{core,features,components,scripts,tests/unit}/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/fake-storage-keys.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
