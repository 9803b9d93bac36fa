import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hashCode, saveLock } from '@/core/vault/lock';
import { loadWipeRecord, removeWipeRecord } from '@/core/vault/wipe';
import { checkCoverCode, forgetCachedLock } from '@/features/unlock/check-code';
import { LANGS } from '@/core/i18n/translate';
import { eraseCodeProblem, eraseCodeProblemText, startsWithEraseCode, turnOnEraseCode, type EraseCodeProblem } from './wipe-code';

const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 2, parallelism: 1 } as const;

beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedLock();
  await saveLock(await hashCode('4711', FAST));
});

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
    expect(await turnOnEraseCode('1234', '9090', '9090')).toBe('notUnlockCode');
    expect(await loadWipeRecord()).toBeNull();
    expect(await turnOnEraseCode('4711', '4711', '4711')).toBe('eraseIsUnlockCode');
    expect(await loadWipeRecord()).toBeNull();
    expect(await turnOnEraseCode('4711', '9090', '9090')).toBeNull();
    const record = await loadWipeRecord();
    expect(record).toMatchObject({ v: 1, kdf: FAST });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('9090');
  });

  it('is seen by the very next check on the cover, and gone once turned off', async () => {
    expect(await checkCoverCode('9090')).toBeNull();
    await turnOnEraseCode('4711', '9090', '9090');
    expect(await checkCoverCode('9090')).toBe('wipe');
    expect(await checkCoverCode('4711')).toBe('open');
    expect(await checkCoverCode('1234')).toBeNull();
    await removeWipeRecord();
    forgetCachedLock();
    expect(await checkCoverCode('9090')).toBeNull();
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
