import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '@/core/i18n/translate';

/**
 * Every dictionary in Haven (each feature's strings.ts, found by name so a new one is checked
 * without being listed here): the same keys in every language, no empty text, and the same
 * {placeholders}. A missing translation fails here as well as in the type check.
 */
const modules = import.meta.glob<{ STRINGS: Record<Lang, unknown> }>(['../**/strings.ts', '../../components/**/strings.ts'], { eager: true });

/** Every key path, with array items by index ("glossary.2.term"). */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const placeholders = (text: unknown) => String(text).match(/\{\w+\}/g)?.sort() ?? [];

it('finds the dictionaries', () => {
  expect(Object.keys(modules).length).toBeGreaterThanOrEqual(8);
});

describe.each(Object.entries(modules))('%s', (_file, module) => {
  const byLang = LANGS.map((lang) => [lang, new Map(leaves(module.STRINGS[lang]))] as const);
  const [, en] = byLang[0]!;

  it.each(byLang.slice(1))('has every key in %s, and no other', (_lang, other) => {
    expect([...other.keys()].filter((key) => !en.has(key)), 'extra keys').toEqual([]);
    expect([...en.keys()].filter((key) => !other.has(key)), 'missing keys').toEqual([]);
  });

  it.each(byLang)('leaves no text empty in %s', (_lang, words) => {
    for (const [key, text] of words) expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
  });

  it.each(byLang.slice(1))('keeps the same {placeholders} in %s', (_lang, other) => {
    for (const [key, text] of en) {
      expect(placeholders(other.get(key)), key).toEqual(placeholders(text));
    }
  });
});
