import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

/**
 * Test-only build flavours (`wxt build --mode e2e`, `--mode bench`). It adds one page, `e2e.html`, that the
 * end-to-end fixture drives: it opens Haven's views in tabs (Firefox's WebDriver BiDi cannot
 * navigate to moz-extension:// URLs itself), dumps storage and talks to the background.
 * The store build never contains it; tests/unit/manifest.test.ts checks that.
 */
export default defineWxtModule({
  setup(wxt) {
    // `bench` is the same page in a build with the store's full KDF cost (core/crypto.ts).
    if (wxt.config.mode !== 'e2e' && wxt.config.mode !== 'bench') return;
    wxt.hooks.hook('entrypoints:resolved', (_, entrypoints) => {
      entrypoints.push({
        type: 'unlisted-page',
        name: 'e2e',
        inputPath: resolve(wxt.config.root, 'tests/e2e/harness/e2e.html'),
        outputDir: wxt.config.outDir,
        options: {},
        skipped: false,
      });
    });
  },
});
