import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PURPOSE_WORDS } from '../build/purpose-words';

/*
 * The public store page is read by the person she hides from (chrome://extensions links to it;
 * about:addons shows its description). docs/store.md holds what is pasted there; this keeps it
 * within the stores' limits, in both languages, and free of words that name the purpose.
 * The private reviewer notes, also in docs/store.md, are not checked: they must say it.
 */
const STORE = readFileSync('docs/store.md', 'utf8');

/** The fenced text blocks of one `## …` section of docs/store.md. */
function blocks(heading: string): string[] {
  const start = STORE.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`docs/store.md has no "## ${heading}" section`);
  const end = STORE.indexOf('\n## ', start + 1);
  const section = STORE.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** The italic paragraphs of a section (the single-purpose statements). */
function statements(heading: string): string[] {
  const start = STORE.indexOf(`\n## ${heading}`);
  const section = STORE.slice(start, STORE.indexOf('\n## ', start + 1));
  return [...section.matchAll(/: \*([^*]+)\*/g)].map((match) => match[1]!);
}

describe('the public listing (docs/store.md)', () => {
  const listings = { en: blocks('English listing'), es: blocks('Spanish listing') };

  it('has a description in English and in Spanish, within the Chrome Web Store\'s 16,000 characters', () => {
    for (const [lang, found] of Object.entries(listings)) {
      expect(found, lang).toHaveLength(1);
      expect(found[0]!.length, lang).toBeGreaterThan(500);
      expect(found[0]!.length, lang).toBeLessThanOrEqual(16_000);
    }
  });

  it('says what it does: a calculator, a private space opened by a code, encrypted, nothing sent', () => {
    expect(listings.en[0]).toMatch(/calculator[\s\S]*private space[\s\S]*code[\s\S]*encrypted[\s\S]*Nothing is ever sent/);
    expect(listings.es[0]).toMatch(/calculadora[\s\S]*espacio privado[\s\S]*código[\s\S]*cifra[\s\S]*Nunca se envía nada/);
  });

  it('names nothing the space is for, in either language, nor in the single-purpose statement', () => {
    const publicTexts = [...listings.en, ...listings.es, ...statements('Single purpose')];
    expect(publicTexts).toHaveLength(4);
    for (const text of publicTexts) expect(text).not.toMatch(PURPOSE_WORDS);
  });

  it('tells the reviewers, in their private notes, what it is for', () => {
    expect(blocks('Test instructions').join('')).toMatch(/controlling or abusive partner/);
  });
});

describe('the privacy statement', () => {
  for (const file of ['docs/privacy.md', 'docs/privacy.es.md']) {
    it(`${file} says where things are kept, that nothing is sent, and how to remove everything, in neutral words`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/storage\.local/);
      expect(text).toMatch(/^## (How to remove everything|Cómo borrarlo todo)$/m);
      expect(text).toMatch(/^Nothing\. It makes no network request|^Nada\. No hace ninguna petición de red/m);
      expect(text).not.toMatch(PURPOSE_WORDS);
    });
  }
});
