import type { InlineConfig } from 'vite';

type FileNames = string | ((info: never) => string);

/**
 * WXT names every chunk and asset `[name]-[hash]` after the module it came from, so the
 * profile folder and chrome://extensions would list `Haven-….js`, `Setup-….js`, `erase-….js`.
 * This keeps the hash and drops the name. A fixed entry point (popup.html, background.js) has
 * no hash in its pattern and keeps its name. Run from WXT's `vite:build:extendConfig` hook:
 * WXT sets these patterns after the user's `vite` config is merged, so only the hook sees them.
 */
export function hashOnlyNames(config: InlineConfig): void {
  const outputs = config.build?.rollupOptions?.output;
  for (const output of Array.isArray(outputs) ? outputs : outputs ? [outputs] : []) {
    output.entryFileNames = withoutName(output.entryFileNames);
    output.chunkFileNames = withoutName(output.chunkFileNames);
    output.assetFileNames = withoutName(output.assetFileNames);
    // Lower-case letters and digits: no two names that differ only in case (they would
    // collide on macOS and Windows), and none that starts with "-" (read as an option).
    output.hashCharacters = 'base36';
  }
}

function withoutName<T extends FileNames | undefined>(pattern: T): T {
  if (typeof pattern === 'string') return dropName(pattern) as T;
  if (typeof pattern === 'function') return ((info: never) => dropName(pattern(info))) as T;
  return pattern;
}

function dropName(pattern: string): string {
  return pattern.replace(/\[name\]-\[hash\]/g, '[hash]');
}
