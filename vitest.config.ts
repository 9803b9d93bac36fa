import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { markdownAsData } from './scripts/vite-markdown';

/**
 * Two projects: `unit` (logic, with WXT's fakeBrowser) runs before anything is built;
 * `build` (tests/build) inspects the built extensions, so `npm test` runs it after the builds.
 */
export default defineConfig({
  test: {
    projects: [
      {
        // The article's Markdown becomes data as in the build (a test may load a screen that shows it).
        plugins: [WxtVitest(), markdownAsData()],
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
