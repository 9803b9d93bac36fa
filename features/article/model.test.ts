import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownToTree, plainText, type MdDocument } from '@/scripts/vite-markdown';
import { ACTIONS, clampStep, composeArticle, headingIds, NEXT_STEPS_AFTER, TEXT_STEPS } from './model';

// The shipped content, through the same conversion the build uses.
function content(name: string): MdDocument {
  const file = new URL(`../../assets/content/${name}`, import.meta.url);
  return markdownToTree(readFileSync(file, 'utf8'), name);
}
const LANGS = ['en', 'es'] as const;
const article = { en: content('article.en.md'), es: content('article.es.md') };
const nextSteps = { en: content('next-steps.en.md'), es: content('next-steps.es.md') };

describe('the shipped article', () => {
  it('has the same headings, by id, in both languages', () => {
    expect(headingIds(article.es).slice(1)).toEqual(headingIds(article.en).slice(1));
    expect(headingIds(nextSteps.es)).toEqual(headingIds(nextSteps.en));
  });

  it.each(LANGS)('(%s) has one title, the sections in order, and Haven’s next steps after healing', (lang) => {
    const composed = composeArticle(article[lang], nextSteps[lang]);
    expect(composed.title).not.toBeNull();
    expect(composed.body.some((node) => typeof node !== 'string' && node.t === 'h1')).toBe(false);
    expect(composed.contents.map((heading) => heading.id)).toEqual([
      'hidden-chains',
      'first-steps',
      'healing',
      'next-steps',
      'why-i-write',
      'final-thoughts',
    ]);
  });

  it.each(LANGS)('(%s) has a heading for every action, under the first steps', (lang) => {
    const ids = headingIds(article[lang]);
    const firstSteps = ids.indexOf('first-steps');
    const after = ids.indexOf(NEXT_STEPS_AFTER);
    for (const id of Object.keys(ACTIONS)) {
      expect(ids.indexOf(id), id).toBeGreaterThan(firstSteps);
      expect(ids.indexOf(id), id).toBeLessThan(after);
    }
  });

  it('says first, in Spanish, that it is a translation', () => {
    const composed = composeArticle(article.es, nextSteps.es);
    expect(plainText(composed.before)).toBe('Traducción del artículo original en inglés.');
    expect(composeArticle(article.en, nextSteps.en).before).toEqual([]);
  });

  it('keeps the original title and none of the blog page around it', () => {
    const composed = composeArticle(article.en, nextSteps.en);
    expect(plainText(composed.title!.c)).toBe('Why Leaving a Narcissist Feels Impossible (and How to Start Anyway)');
    const text = plainText(article.en);
    expect(text).not.toMatch(/My Blog|Scroll to Top/);
    expect(text).toContain('You just have to start.');
  });
});

describe('composeArticle', () => {
  it('puts the next steps at the end when there is no healing section', () => {
    const composed = composeArticle([{ t: 'h1', id: 't', c: ['T'] }, { t: 'p', c: ['x'] }], [{ t: 'h2', id: 'next-steps', c: ['N'] }]);
    expect(composed.body).toEqual([{ t: 'p', c: ['x'] }, { t: 'h2', id: 'next-steps', c: ['N'] }]);
  });
});

describe('text size', () => {
  it('goes in four steps from 100 % to 200 %', () => {
    expect(TEXT_STEPS).toEqual([1, 1.25, 1.5, 2]);
    expect([clampStep(-1), clampStep(9), clampStep(2), clampStep('2'), clampStep(1.5)]).toEqual([0, 3, 2, 0, 0]);
  });
});
