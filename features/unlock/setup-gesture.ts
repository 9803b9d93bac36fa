import type { CalcKey } from '@/features/cover/calculator';

/**
 * The deliberate way to reach setup when it is not offered by itself (after "Not now", after
 * an erase): ± five times in a row, then =. Nobody does that by chance, and it is written in the
 * README and shown once at the end of setup. It does nothing once Haven is set up.
 */
export const SETUP_GESTURE: readonly CalcKey[] = ['neg', 'neg', 'neg', 'neg', 'neg', '='];

/** Whether the keys pressed so far end with the gesture. */
export function endsWithSetupGesture(keys: readonly CalcKey[]): boolean {
  if (keys.length < SETUP_GESTURE.length) return false;
  const tail = keys.slice(-SETUP_GESTURE.length);
  return tail.every((key, index) => key === SETUP_GESTURE[index]);
}
