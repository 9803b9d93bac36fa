import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { hashOnlyNames } from './scripts/hash-only-names';
import { markdownAsData } from './scripts/vite-markdown';

// Everything an observer sees on chrome://extensions, about:addons and the shortcuts page is
// decided here, so it is part of the disguise: neutral words, the cover's icons, and no
// permission, host access or web-accessible resource beyond what Haven proves it needs.
// tests/unit/manifest.test.ts reads the built manifests and fails on any drift.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // The Firefox sources archive (`wxt zip -b firefox`) is what AMO's reviewers rebuild from
  // (REVIEWERS.md inside it says how). WXT already leaves out dot-files, node_modules, .output
  // and test files; leave out what tests and benchmarks write too, so a working copy that ran
  // them makes the same archive as a fresh clone. tests/build/reproducible.test.ts rebuilds it.
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'bench-results/**', '**/*.log'],
  },
  // Markdown content becomes data at build time: no Markdown or HTML parser at run time.
  vite: () => ({
    plugins: [markdownAsData(), preact()],
    // Both browsers preload modules natively; Vite's polyfill would only add a fetch() call.
    build: { modulePreload: { polyfill: false } },
  }),
  // Built files are named by their hash alone: a file name must not say what the file holds.
  hooks: { 'vite:build:extendConfig': (_entrypoints, config) => hashOnlyNames(config) },
  manifest: ({ browser }) => ({
    name: 'Pocket Calculator',
    short_name: 'Calculator',
    description: 'A small, quick calculator in your toolbar.',
    icons: icons(),
    action: { default_title: 'Calculator', default_icon: icons() },
    // Chrome caps storage.local at 10 MB without unlimitedStorage (a few thousand entries);
    // it shows no warning for it. Firefox has no such cap, and would show a prompt.
    // activeTab: "Capture this page" (the tab she was on, after a click on the toolbar button);
    // neither browser shows a warning for it (README, permissions).
    permissions: browser === 'firefox' ? ['storage', 'activeTab'] : ['storage', 'unlimitedStorage', 'activeTab'],
    commands: {
      'quick-close': {
        suggested_key: { default: 'Alt+Shift+Z' },
        description: 'Close the calculator',
      },
    },
    content_security_policy: {
      // hash-wasm runs Argon2id as WebAssembly; nothing else may run but our own files.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // A random id: it names nothing.
          id: '{3f0b7c52-8d4e-4a61-9b2f-6c1e5a7d9e40}',
          // 140 is the first release that reads data_collection_permissions.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Android reads that field from 142 on; say so, rather than claim an older version.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});

function icons(): Record<string, string> {
  return Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icons/calculator-${size}.png`]));
}
