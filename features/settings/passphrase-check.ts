import { confirmPassphrase } from '@/features/unlock/passphrase';

/**
 * The settings that could be turned against her (a new code, the erase code off, the calculator
 * skipped on reopening) change only with her passphrase: knowing the code, or a few seconds at
 * the open popup, is not enough. Returns the problem's word key, or null when it is hers.
 */
export async function passphraseProblem(passphrase: string): Promise<'passphraseFirst' | 'wrongPassphrase' | null> {
  if (!passphrase) return 'passphraseFirst';
  return (await confirmPassphrase(passphrase)) ? null : 'wrongPassphrase';
}
