import { describe, expect, it } from 'vitest';
import { readText, STORE_BUILDS } from './built';
import { coverFiles, dynamicImports, staticImports } from './cover-files';
import { revealingWords } from './revealing-words';

/*
 * The calculator's notes (issue #18) are what she opens in front of him with the decoy code:
 * their chunk, and every chunk it loads beyond the cover, is read with the cover's deny-list.
 * Found from the built files by what the pad draws (its text area's class), never by name.
 */
describe.each(Object.entries(STORE_BUILDS))('the %s build’s notes pad', (_browser, dir) => {
  const cover = new Set(coverFiles(dir));
  const lazy = [...cover].filter((file) => file.endsWith('.js')).flatMap((file) => dynamicImports(dir, file));
  const pad = lazy.filter((file) => readText(dir, file).includes('memo-text'));
  const loaded = new Set<string>();
  const visit = (file: string): void => {
    if (loaded.has(file) || cover.has(file)) return;
    loaded.add(file);
    staticImports(dir, file).forEach(visit);
  };
  pad.forEach(visit);

  it('is one chunk the cover loads only on demand', () => {
    expect(pad).toHaveLength(1);
    expect(cover.has(pad[0]!)).toBe(false);
  });

  it('names nothing Haven stores or does, in English or Spanish, nor anything it loads beyond the cover', () => {
    const found = [...loaded].flatMap((file) => revealingWords(readText(dir, file)).map((hit) => `${file}: ${hit}`));
    expect(found, found.join('\n')).toEqual([]);
  });
});
