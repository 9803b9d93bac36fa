import { describe, expect, it } from 'vitest';
import { fill, STRINGS } from './strings';

/** Every key path, with array items by index ("glossary.2.term"). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('the reader and resources strings', () => {
  it('has every key in both languages', () => {
    const en = keyPaths(STRINGS.en).sort();
    const es = keyPaths(STRINGS.es).sort();
    expect(es.filter((key) => !en.includes(key)), 'only in es').toEqual([]);
    expect(en.filter((key) => !es.includes(key)), 'only in en').toEqual([]);
  });

  it('leaves no string empty, and keeps the same {placeholders} in both', () => {
    const at = (lang: 'en' | 'es', path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], STRINGS[lang]);
    for (const path of keyPaths(STRINGS.en)) {
      const en = at('en', path);
      const es = at('es', path);
      expect(typeof en === 'string' && en.trim().length > 0, `en ${path}`).toBe(true);
      expect(typeof es === 'string' && es.trim().length > 0, `es ${path}`).toBe(true);
      const placeholders = (text: unknown) => String(text).match(/\{\w+\}/g)?.sort() ?? [];
      expect(placeholders(es), path).toEqual(placeholders(en));
    }
  });

  it('fills placeholders', () => {
    expect(fill(STRINGS.en.checkedOn, { date: '24 November 2026' })).toBe('Checked 24 November 2026');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
