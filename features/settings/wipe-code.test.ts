import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPrefsKey } from '@/core/session';
import { loadSettings } from '@/core/vault/settings';
import { loadWipeRecord } from '@/core/vault/wipe';
import { saveCode } from '@/features/unlock/setup-steps';
import { checkCoverCode, forgetCachedLock } from '@/features/unlock/check-code';
import { LANGS } from '@/core/i18n/translate';
import { eraseCodeProblem, eraseCodeProblemText, startsWithEraseCode, turnOffEraseCode, turnOnEraseCode, type EraseCodeProblem } from './wipe-code';

beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedLock();
  forgetPrefsKey();
  // As setup saves it (with the dummy erase record); the code typed once gives the settings key.
  await saveCode('4711');
  expect(await checkCoverCode('4711')).toBe('open');
});

/** The erase record's shape: every field's type and length (salt, hash), never its bytes. */
const shapeOf = async () => {
  const record = (await loadWipeRecord())!;
  return { v: record.v, kdf: record.kdf, salt: record.salt.length, hash: record.hash.length };
};

describe('an erase code', () => {
  it('is 4 to 12 digits typed twice, and never the unlock code or how it starts', () => {
    expect(eraseCodeProblem('9090', '9090', '4711')).toBeNull();
    expect(eraseCodeProblem('47110', '47110', '4711')).toBeNull();
    expect(eraseCodeProblem('123', '123', '4711')).toBe('codeTooShort');
    expect(eraseCodeProblem('9090', '9091', '4711')).toBe('codesDiffer');
    expect(eraseCodeProblem('4711', '4711', '4711')).toBe('eraseIsUnlockCode');
    expect(eraseCodeProblem('4711', '4711', '47115')).toBe('unlockStartsWithErase');
  });

  it('is turned on only with the right unlock code, stored as a hash with the same cost as it', async () => {
    const dummy = await loadWipeRecord();
    expect(await turnOnEraseCode('1234', '9090', '9090')).toBe('notUnlockCode');
    expect(await loadWipeRecord()).toEqual(dummy);
    expect(await turnOnEraseCode('4711', '4711', '4711')).toBe('eraseIsUnlockCode');
    expect(await loadWipeRecord()).toEqual(dummy);
    expect((await loadSettings()).eraseCode).toBe(false);
    expect(await turnOnEraseCode('4711', '9090', '9090')).toBeNull();
    expect(await loadWipeRecord()).not.toEqual(dummy);
    expect((await loadSettings()).eraseCode).toBe(true);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('9090');
  });

  it('has a record of the same shape whether it is on or off; only the sealed settings tell', async () => {
    const off = await shapeOf();
    expect(off).toMatchObject({ v: 2, salt: 24, hash: 44 });
    await turnOnEraseCode('4711', '9090', '9090');
    const on = await shapeOf();
    await turnOffEraseCode();
    expect([on, await shapeOf()]).toEqual([off, off]);
    expect((await loadSettings()).eraseCode).toBe(false);
    // Nothing plain in storage changes with it but the records' random bytes.
    const plain = (await fakeBrowser.storage.local.get('prefs')).prefs as Record<string, unknown>;
    expect(Object.keys(plain).sort()).toEqual(['env', 'icon', 'intro', 'lang', 'ready', 'v']);
  });

  it('is seen by the very next check on the cover, and gone once turned off', async () => {
    expect(await checkCoverCode('9090')).toBeNull();
    await turnOnEraseCode('4711', '9090', '9090');
    expect(await checkCoverCode('9090')).toBe('clear');
    expect(await checkCoverCode('4711')).toBe('open');
    expect(await checkCoverCode('1234')).toBeNull();
    await turnOffEraseCode();
    expect(await checkCoverCode('9090')).toBeNull();
    expect(await loadWipeRecord()).not.toBeNull();
  });

  it('blocks a new unlock code that starts with it (checked by hashing each start of 4+ digits)', async () => {
    expect(await startsWithEraseCode('909012')).toBe(false);
    await turnOnEraseCode('4711', '9090', '9090');
    expect(await startsWithEraseCode('9090')).toBe(true);
    expect(await startsWithEraseCode('909012')).toBe(true);
    expect(await startsWithEraseCode('19090')).toBe(false);
    expect(await startsWithEraseCode('5555')).toBe(false);
  });

  const PROBLEMS: EraseCodeProblem[] = ['codeDigitsOnly', 'codeTooShort', 'codeTooLong', 'codesDiffer', 'notUnlockCode', 'eraseIsUnlockCode', 'unlockStartsWithErase'];

  it.each(LANGS)('explains each refusal in its own plain sentence in %s', (lang) => {
    const sentences = PROBLEMS.map((problem) => eraseCodeProblemText(problem, lang));
    for (const sentence of sentences) expect(sentence).toMatch(/^\S.{10,}\.$/);
    expect(new Set(sentences).size).toBe(PROBLEMS.length);
  });

  it('keeps the English words the screen has always shown', () => {
    expect(eraseCodeProblemText('codeTooShort', 'en')).toMatch(/at least 4/);
    expect(eraseCodeProblemText('notUnlockCode', 'en')).toBe('That is not the code that opens this space.');
    expect(eraseCodeProblemText('unlockStartsWithErase', 'en')).toMatch(/starts with these digits/);
    expect(eraseCodeProblemText('eraseIsUnlockCode', 'es')).toBe('Este es el código que abre este espacio. Elige otro.');
  });
});
