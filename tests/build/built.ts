import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The four builds `npm test` makes before these checks run. */
export const BUILDS = {
  chrome: resolve('.output/chrome-mv3'),
  firefox: resolve('.output/firefox-mv3'),
  chromeE2e: resolve('.output/chrome-mv3-e2e'),
  firefoxE2e: resolve('.output/firefox-mv3-e2e'),
} as const;

export const STORE_BUILDS = { chrome: BUILDS.chrome, firefox: BUILDS.firefox } as const;

/** The fields the checks read; everything else is compared as plain JSON. */
export interface BuiltManifest {
  [field: string]: unknown;
  name?: string;
  short_name?: string;
  description?: string;
  action?: { default_title?: string };
  commands?: Record<string, { description?: string }>;
}

export function readManifest(dir: string): BuiltManifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build && npm run build:e2e\` first`);
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
}

/** Every file of a build, as paths relative to the build folder. */
export function listFiles(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dir, path)];
    });
  return walk(dir);
}

export function readText(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
