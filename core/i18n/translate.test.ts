import { describe, expect, it } from 'vitest';
import { fill, locale, resolveLang, translator } from './translate';

describe('the language Haven shows', () => {
  it('follows the browser for "auto", and the setting otherwise', () => {
    expect(resolveLang('auto', ['es-MX', 'en'])).toBe('es');
    expect(resolveLang('auto', ['de-DE', 'en-US'])).toBe('en');
    expect(resolveLang('auto', ['fr'])).toBe('en');
    expect(resolveLang('auto', [])).toBe('en');
    expect(resolveLang('en', ['es-ES'])).toBe('en');
    expect(resolveLang('es', ['en-US'])).toBe('es');
  });

  it('formats dates in the browser locale when it is the same language', () => {
    expect(locale('en', ['en-US', 'es'])).toBe('en-US');
    expect(locale('es', ['en-US', 'es-AR'])).toBe('es-AR');
    expect(locale('es', ['en-US'])).toBe('es');
  });
});

describe('t(key, params)', () => {
  const words = { hello: 'Hello {name}', entries: { one: '{count} entry', other: '{count} entries' }, list: ['a', 'b'] };
  const spanish = { hello: 'Hola {name}', entries: { one: '{count} entrada', other: '{count} entradas' }, list: ['a', 'b'] };

  it('fills placeholders and keeps unknown ones as written', () => {
    expect(translator(words, 'en')('hello', { name: 'Ana' })).toBe('Hello Ana');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('picks the plural form by the language rules', () => {
    const en = translator(words, 'en');
    const es = translator(spanish, 'es');
    expect([0, 1, 2].map((count) => en('entries', { count }))).toEqual(['0 entries', '1 entry', '2 entries']);
    // Spanish has a "many" form for a million; it falls back to "other".
    expect([0, 1, 2, 1_000_000].map((count) => es('entries', { count }))).toEqual(['0 entradas', '1 entrada', '2 entradas', '1000000 entradas']);
  });
});
