import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, readManifest, STORE_BUILDS } from './built';
import { pngSize } from './png-size';

/*
 * The stores' published checks that can run here, on the built packages (the zips hold exactly
 * these files: reproducible.test.ts). Limits, tightest store first: name 45 characters (Edge;
 * AMO 50, Chrome Web Store 75), description 132 (Chrome), version 1–4 dot-separated integers
 * up to 65535 (Chrome), a 128×128 PNG icon (Chrome Web Store), no compressed file inside (Edge),
 * no remotely hosted code (Chrome MV3, AMO). Size: AMO takes packages up to 200 MB and its
 * linter chokes on scripts of ~5 MB; our own budget is 5 MB in all and 2 MB a script.
 */

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe.each(Object.entries(STORE_BUILDS))('the %s package, against the stores\' checks', (_browser, dir) => {
  const manifest = readManifest(dir) as ReturnType<typeof readManifest> & {
    version: string;
    icons: Record<string, string>;
    action: { default_icon: Record<string, string>; default_popup: string };
    background: { service_worker?: string; scripts?: string[] };
    content_security_policy: { extension_pages: string };
  };
  const files = listFiles(dir);

  it('has a name, short name and description within every store\'s limits', () => {
    expect(manifest.name!.length).toBeLessThanOrEqual(45);
    expect(manifest.short_name!.length).toBeLessThanOrEqual(12);
    expect(manifest.description!.length).toBeLessThanOrEqual(132);
  });

  it('has the package.json version, in the form Chrome accepts', () => {
    expect(manifest.version).toBe(VERSION);
    expect(manifest.version).toMatch(/^\d+(\.\d+){0,3}$/);
    for (const part of manifest.version.split('.')) expect(Number(part)).toBeLessThanOrEqual(65535);
    expect(manifest).not.toHaveProperty('update_url');
    expect(manifest).not.toHaveProperty('key');
  });

  it('has square PNG icons of the sizes it names, 128×128 among them', () => {
    expect(Object.keys(manifest.icons)).toContain('128');
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      for (const [size, file] of Object.entries(icons)) {
        expect(pngSize(readFileSync(join(dir, file))), file).toEqual({ width: Number(size), height: Number(size) });
      }
    }
  });

  it('holds every file the manifest names', () => {
    const named = [manifest.action.default_popup, manifest.background.service_worker, ...(manifest.background.scripts ?? [])].filter(Boolean);
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const file of named) expect(files, file).toContain(file);
  });

  it('allows no code from anywhere but the package itself', () => {
    const csp = manifest.content_security_policy.extension_pages;
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'|'unsafe-inline'|data:|blob:/);
    expect(csp).toMatch(/script-src 'self'/);
  });

  it('holds no hidden file, no archive, and stays within the size budget', () => {
    expect(files.filter((file) => /(^|\/)(\.|__MACOSX)/.test(file))).toEqual([]);
    expect(files.filter((file) => /\.(zip|gz|crx|xpi|br|7z|tar)$/i.test(file))).toEqual([]);
    const sizes = files.map((file) => ({ file, bytes: statSync(join(dir, file)).size }));
    expect(sizes.reduce((sum, { bytes }) => sum + bytes, 0)).toBeLessThan(5 * 1024 * 1024);
    expect(sizes.filter(({ file, bytes }) => file.endsWith('.js') && bytes > 2 * 1024 * 1024)).toEqual([]);
  });
});
