import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, readText, STORE_BUILDS } from './built';
import { coverFiles } from './cover-files';
import { ALLOWED, revealingWords } from './revealing-words';

/*
 * What someone sharing the computer can read without the code: the built files' names (the
 * profile folder, devtools' Sources panel), and the code the popup runs before the code is
 * typed (the cover) and the background (chrome://extensions opens its devtools). None of it may
 * say what the calculator hides. What loads after the code (Haven, setup, the article) is not
 * checked here: it loads only once she has typed her code.
 */

/** The files a build must name as they are: the manifest, its pages and scripts, and public/. */
const FIXED = new Set(['manifest.json', 'popup.html', 'background.js', ...publicFiles()]);

/** Every other file: a folder, a hash of lower-case letters and digits, an extension. */
const HASH_ONLY = /^[a-z]+\/[0-9a-z]{8}\.[a-z0-9]+$/;

function publicFiles(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [relative('public', join(folder, name))]));
  return walk('public');
}

describe.each(Object.entries(STORE_BUILDS))('the %s build, read without the code', (_browser, dir) => {
  const files = listFiles(dir);
  const read = [...coverFiles(dir), 'popup.html', 'background.js'];

  it('names every file by its hash alone, but the fixed entry points', () => {
    expect(files.filter((file) => !FIXED.has(file) && !HASH_ONLY.test(file))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['manifest.json', 'popup.html', 'background.js']));
  });

  it('gives the fixed entry points neutral names', () => {
    expect(files.filter((file) => FIXED.has(file)).flatMap(revealingWords)).toEqual([]);
  });

  it('has a cover (what popup.html loads before the code, and what that imports) and a background that name nothing Haven stores or does, in English or Spanish', () => {
    expect(read.length).toBeGreaterThan(3);
    const found = read.flatMap((file) => revealingWords(readText(dir, file)).map((hit) => `${file}: ${hit}`));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('allows a library\'s string only while it is still there', () => {
    const text = read.map((file) => readText(dir, file)).join('\n');
    expect(ALLOWED.filter((allowed) => !text.includes(allowed.text)).map((allowed) => allowed.text)).toEqual([]);
  });
});

describe('the deny-list', () => {
  it('finds each kind of name the build keeps: a string, a property, camelCase, capitals, Spanish written as escapes', () => {
    for (const text of ['{type:"panic"}', 'e.entry.text', 'graceMinutes:0', 'safetyPlan', 'autoLockMinutes', 'SETUP_DONE', '"contrase\\xF1a"', '"borrador"', 'kind:"cover"', '"haven:data-key:v1"', 'chunks/Setup-x1.js']) {
      expect(revealingWords(text), text).not.toEqual([]);
    }
  });

  it('passes ordinary words that merely contain one, and the allowed strings', () => {
    for (const text of ['display:block', 'explanation', 'graceful', 'discover', 'Planet', 'Object.entries(x)', 'key==="Escape"', 'entrypoint']) {
      expect(revealingWords(text), text).toEqual([]);
    }
  });
});
