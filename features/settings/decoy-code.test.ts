import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGS } from '@/core/i18n/translate';
import { forgetPrefsKey } from '@/core/session';
import { DECOY_KEY, loadDecoyRecord, MEMO_KEY } from '@/core/vault/decoy';
import { loadSettings } from '@/core/vault/settings';
import { checkCoverCode, forgetCachedLock, takeMemoKey } from '@/features/unlock/check-code';
import { saveCode } from '@/features/unlock/setup-steps';
import { decoyCodeProblem, decoyCodeProblemText, startsWithDecoyCode, turnOffDecoyCode, turnOnDecoyCode, type DecoyCodeProblem } from './decoy-code';
import { eraseCodeProblem, turnOnEraseCode } from './wipe-code';

beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedLock();
  forgetPrefsKey();
  await saveCode('4711');
  expect(await checkCoverCode('4711')).toBe('open');
});

/** Every field's type and length of the decoy's two records, never their bytes. */
const shapes = async () => {
  const stored = await fakeBrowser.storage.local.get([DECOY_KEY, MEMO_KEY]);
  const shape = (value: unknown): unknown =>
    typeof value === 'string' ? value.length : typeof value === 'object' && value ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : value;
  return shape(stored);
};

describe('a decoy code', () => {
  it('is never another code, nor starts like one, in either direction', () => {
    expect(decoyCodeProblem('2580', '2580', '4711', null)).toBeNull();
    expect(decoyCodeProblem('2580', '2580', '4711', '9090')).toBeNull();
    expect(decoyCodeProblem('258', '258', '4711', null)).toBe('codeTooShort');
    expect(decoyCodeProblem('2580', '2581', '4711', null)).toBe('codesDiffer');
    expect(decoyCodeProblem('4711', '4711', '4711', null)).toBe('decoyIsUnlockCode');
    expect(decoyCodeProblem('47112', '47112', '4711', null)).toBe('decoyLikeUnlockCode');
    expect(decoyCodeProblem('4711', '4711', '47112', null)).toBe('decoyLikeUnlockCode');
    expect(decoyCodeProblem('9090', '9090', '4711', '9090')).toBe('decoyIsEraseCode');
    expect(decoyCodeProblem('90901', '90901', '4711', '9090')).toBe('decoyLikeEraseCode');
    expect(decoyCodeProblem('9090', '9090', '4711', '90901')).toBe('decoyLikeEraseCode');
    // And the erase code, set after the decoy, follows the same rule.
    expect(eraseCodeProblem('25801', '25801', '4711', '2580')).toBe('eraseLikeDecoyCode');
    expect(eraseCodeProblem('2580', '2580', '4711', '2580')).toBe('eraseIsDecoyCode');
  });

  it('says each refusal in a clear sentence in every language', () => {
    const problems: DecoyCodeProblem[] = ['notUnlockCode', 'notEraseCode', 'decoyIsUnlockCode', 'decoyLikeUnlockCode', 'decoyIsEraseCode', 'decoyLikeEraseCode', 'codeTooShort'];
    for (const lang of LANGS) for (const problem of problems) expect(decoyCodeProblemText(problem, lang)).toMatch(/\.$/);
  });

  it('is turned on only with the right codes; then it opens the notes, and its records keep their shape and size on, off and on again', async () => {
    const off = await shapes();
    expect(await turnOnDecoyCode('1234', null, '2580', '2580')).toBe('notUnlockCode');
    expect(await turnOnDecoyCode('4711', null, '47110', '47110')).toBe('decoyLikeUnlockCode');
    expect((await loadSettings()).decoyCode).toBe(false);
    expect(await checkCoverCode('2580')).toBeNull();
    expect(await turnOnDecoyCode('4711', null, '2580', '2580')).toBeNull();
    expect((await loadSettings()).decoyCode).toBe(true);
    expect(await shapes()).toEqual(off);
    expect(await checkCoverCode('2580')).toBe('memo');
    expect(takeMemoKey()).not.toBeNull();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('2580');
    await turnOffDecoyCode();
    expect(await shapes()).toEqual(off);
    expect(await checkCoverCode('2580')).toBeNull();
  });

  it('set while an erase code exists, needs the erase code, and the reverse', async () => {
    expect(await turnOnEraseCode('4711', '9090', '9090')).toBeNull();
    expect(await turnOnDecoyCode('4711', null, '2580', '2580')).toBe('notEraseCode');
    expect(await turnOnDecoyCode('4711', '1111', '2580', '2580')).toBe('notEraseCode');
    expect(await turnOnDecoyCode('4711', '9090', '90905', '90905')).toBe('decoyLikeEraseCode');
    expect(await turnOnDecoyCode('4711', '9090', '2580', '2580')).toBeNull();
    const decoy = await loadDecoyRecord();
    // The erase code again, now that a decoy is on: it must be typed and must not start like it.
    expect(await turnOnEraseCode('4711', '8080', '8080')).toBe('notDecoyCode');
    expect(await turnOnEraseCode('4711', '25809', '25809', '2580')).toBe('eraseLikeDecoyCode');
    expect(await turnOnEraseCode('4711', '8080', '8080', '2580')).toBeNull();
    expect(await loadDecoyRecord()).toEqual(decoy);
    expect(await checkCoverCode('8080')).toBe('clear');
  });

  it('is not where a new unlock code may start', async () => {
    expect(await turnOnDecoyCode('4711', null, '2580', '2580')).toBeNull();
    expect(await startsWithDecoyCode('258012')).toBe(true);
    expect(await startsWithDecoyCode('2580')).toBe(true);
    expect(await startsWithDecoyCode('1258')).toBe(false);
  });
});
