import { describe, expect, it } from 'vitest';
import { BUILDS, listFiles, readText, STORE_BUILDS } from './built';

// What ships to a store holds Haven and nothing of its tests.

describe.each(Object.entries(STORE_BUILDS))('the %s store build', (_browser, dir) => {
  const files = listFiles(dir);
  const scripts = files.filter((file) => /\.(js|html)$/.test(file));

  it('contains no trace of the test harness', () => {
    expect(files.filter((file) => /e2e|harness/i.test(file))).toEqual([]);
    for (const file of scripts) expect(readText(dir, file), file).not.toMatch(/e2e\.html|globalThis\.harness|fetchOutside/);
  });

  it('runs no code built from strings', () => {
    for (const file of scripts) {
      const text = readText(dir, file);
      expect(text, file).not.toMatch(/\beval\s*\(/);
      expect(text, file).not.toMatch(/new\s+Function\s*\(/);
    }
  });

  it('loads no script from outside the extension', () => {
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      for (const src of readText(dir, file).matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
        expect(src[1], file).toMatch(/^\//);
      }
    }
  });
});

describe('the test build', () => {
  it('does contain the harness (so the check above would catch a leak of it)', () => {
    expect(listFiles(BUILDS.chromeE2e)).toContain('e2e.html');
    expect(listFiles(BUILDS.firefoxE2e)).toContain('e2e.html');
  });
});
