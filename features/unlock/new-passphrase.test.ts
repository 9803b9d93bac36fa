import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveCode } from './setup-steps';
import { checkNewPassphrase, digitRuns } from './new-passphrase';
import { assessPassphrase } from './passphrase-strength';

beforeEach(() => fakeBrowser.reset());

describe('choosing a passphrase', () => {
  it('accepts a few unrelated words, typed the same twice', async () => {
    expect((await checkNewPassphrase('maple river quietly 42', 'maple river quietly 42', 'en')).problem).toBeNull();
    expect((await checkNewPassphrase('maple river quietly 42', 'maple river quietly 24', 'en')).problem).toMatch(/not the same/);
  });

  it('scores Spanish words as words: a common Spanish phrase is refused, in Spanish advice too', async () => {
    // English words alone score these 4 of 4; they are two common Spanish words each.
    for (const phrase of ['mariposaventana', 'cumpleañosfeliz']) {
      expect((await assessPassphrase(phrase, 'es')).acceptable, phrase).toBe(false);
      expect((await assessPassphrase(phrase, 'en')).acceptable, phrase).toBe(false);
    }
    expect((await checkNewPassphrase('contraseña2024', 'contraseña2024', 'es')).problem).toMatch(/más segura/);
  });

  it('counts what an observer would try first: the cover and the app by name', async () => {
    const plain = await assessPassphrase('pocketcalculator', 'en');
    expect(plain.acceptable).toBe(false);
  });

  it('refuses the code, or a passphrase with the code inside it', async () => {
    await saveCode('4711');
    expect((await checkNewPassphrase('4711', '4711', 'en')).problem).toMatch(/./);
    const inside = await checkNewPassphrase('velvet 4711 harbour lantern', 'velvet 4711 harbour lantern', 'en');
    expect(inside.strength.acceptable).toBe(true);
    expect(inside.problem).toMatch(/your code/);
    expect((await checkNewPassphrase('velvet 94711 harbour lantern', 'velvet 94711 harbour lantern', 'es')).problem).toMatch(/tu código/);
    expect((await checkNewPassphrase('velvet 4712 harbour lantern', 'velvet 4712 harbour lantern', 'en')).problem).toBeNull();
  }, 30_000);

  it('looks at every stretch of digits a code could be', () => {
    expect(digitRuns('a 123 b')).toEqual([]);
    expect(digitRuns('x12345y').sort()).toEqual(['1234', '12345', '2345']);
    expect(digitRuns('1234567890123456').every((run) => run.length >= 4 && run.length <= 12)).toBe(true);
  });
});
