import { describe, expect, it } from 'vitest';
import { markdownAsData, slugify, type MdDocument } from './vite-markdown';

/** Runs the plugin's transform hook as Vite would, and reads back the module it made. */
function transform(source: string, id = '/content/article.en.md'): MdDocument | null {
  const hook = markdownAsData().transform;
  if (typeof hook !== 'function') throw new Error('the plugin has no transform function');
  const result = hook.call({} as never, source, id) as { code: string } | null;
  if (!result) return null;
  const prefix = 'export default ';
  expect(result.code.startsWith(prefix)).toBe(true);
  return JSON.parse(result.code.slice(prefix.length).trim().replace(/;$/, '')) as MdDocument;
}

describe('markdownAsData', () => {
  it('leaves files that are not Markdown, and queried imports such as ?raw, to Vite', () => {
    expect(transform('# Hi', '/src/main.ts')).toBeNull();
    expect(transform('# Hi', '/content/a.md?raw')).toBeNull();
  });

  it('turns headings, paragraphs and inline styles into a compact tree', () => {
    expect(transform('# The title\n\nSome **bold** and *soft*\nwords, [a link](https://example.org).\n')).toEqual([
      { t: 'h1', id: 'the-title', c: ['The title'] },
      { t: 'p', c: ['Some ', { t: 'strong', c: ['bold'] }, ' and ', { t: 'em', c: ['soft'] }, ' words, ', { t: 'a', href: 'https://example.org', c: ['a link'] }, '.'] },
    ]);
  });

  it('gives headings stable ids: slugs, de-duplicated, or the {#id} a writer chose', () => {
    expect(transform('## Sanar después de irte\n\n## Sanar después de irte\n\n### 1. Start Documenting {#start-documenting}\n')).toEqual([
      { t: 'h2', id: 'sanar-despues-de-irte', c: ['Sanar después de irte'] },
      { t: 'h2', id: 'sanar-despues-de-irte-2', c: ['Sanar después de irte'] },
      { t: 'h3', id: 'start-documenting', c: ['1. Start Documenting'] },
    ]);
    expect(transform('## *Quiet* steps {#steps}')).toEqual([{ t: 'h2', id: 'steps', c: [{ t: 'em', c: ['Quiet'] }, ' steps'] }]);
  });

  it('keeps lists: tight items hold their text, loose ones their paragraphs, ordered ones their start', () => {
    expect(transform('- **One.** first\n- two\n\n3. three\n4. four\n')).toEqual([
      { t: 'ul', c: [{ t: 'li', c: [{ t: 'strong', c: ['One.'] }, ' first'] }, { t: 'li', c: ['two'] }] },
      { t: 'ol', start: 3, c: [{ t: 'li', c: ['three'] }, { t: 'li', c: ['four'] }] },
    ]);
    expect(transform('1. a\n\n2. b\n')).toEqual([
      { t: 'ol', c: [{ t: 'li', c: [{ t: 'p', c: ['a'] }] }, { t: 'li', c: [{ t: 'p', c: ['b'] }] }] },
    ]);
  });

  it('drops HTML comments, and keeps quotes, rules and hard breaks', () => {
    expect(transform('<!-- a note for writers -->\n\n> said  \nquietly\n\n---\n')).toEqual([
      { t: 'blockquote', c: [{ t: 'p', c: ['said', { t: 'br' }, 'quietly'] }] },
      { t: 'hr' },
    ]);
  });

  it('makes a module of plain data, whatever the text holds', () => {
    const text = 'He said "it was nothing" ${x} \\\\\u2028 a < b';
    const hook = markdownAsData().transform as (code: string, id: string) => { code: string };
    const { code } = hook.call({} as never, text, '/a.md');
    expect(code).toMatch(/^export default \[.*\];\n$/s);
    expect(transform(text)).toEqual([{ t: 'p', c: ['He said "it was nothing" ${x} \\\u2028 a < b'] }]);
  });

  it('stops the build, saying where, on what the reader cannot show safely', () => {
    expect(() => transform('Hello\n\n<img src=x onerror=alert(1)>\n', '/c/x.md')).toThrow(/\/c\/x\.md:3:1: HTML/);
    expect(() => transform('[click](javascript:alert(1))')).toThrow(/links must start with https/);
    expect(() => transform('[plain](http://example.org)')).toThrow(/links must start with https/);
    expect(() => transform('![a picture](https://example.org/a.png)')).toThrow(/does not show "image"/);
    expect(() => transform('#### Too deep')).toThrow(/up to ###/);
    expect(() => transform('## A {#same}\n\n## B {#same}\n')).toThrow(/"same" is used twice/);
    expect(() => transform('See [below](#nowhere).\n')).toThrow(/points to no heading/);
  });

  it('lets through links to a phone, a text message, mail, and headings on the page', () => {
    expect(transform('## Help\n\n[Call](tel:08082000247) [Text](sms:88788?body=START) [Mail](mailto:a@b.org) [Up](#help)\n')).toEqual([
      { t: 'h2', id: 'help', c: ['Help'] },
      {
        t: 'p',
        c: [
          { t: 'a', href: 'tel:08082000247', c: ['Call'] },
          ' ',
          { t: 'a', href: 'sms:88788?body=START', c: ['Text'] },
          ' ',
          { t: 'a', href: 'mailto:a@b.org', c: ['Mail'] },
          ' ',
          { t: 'a', href: '#help', c: ['Up'] },
        ],
      },
    ]);
  });
});

describe('slugify', () => {
  it('makes readable, accent-free ids', () => {
    expect(slugify('Why Leaving a Narcissist Feels Impossible (and How to Start Anyway)')).toBe('why-leaving-a-narcissist-feels-impossible-and-how-to-start-anyway');
    expect(slugify('¿Por qué no puedo irme?')).toBe('por-que-no-puedo-irme');
    expect(slugify('“…”')).toBe('section');
  });
});
