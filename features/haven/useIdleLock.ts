import { useEffect } from 'preact/hooks';
import { lock } from '@/core/session';

/** Activity that keeps Haven open: anything the person does in the view. */
const ACTIVITY = ['keydown', 'pointerdown', 'scroll', 'input'] as const;

/**
 * The one idle timer, run by Haven's shell in every view (the popup, or a Haven page in a tab):
 * after `minutes` without a key press, click, scroll or typing, the session locks, whatever
 * screen is open. The shell then takes every screen that shows decrypted text away.
 */
export function useIdleLock(minutes: number | null): void {
  useEffect(() => {
    if (minutes === null) return;
    let timer = 0;
    const restart = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => void lock(), minutes * 60_000);
    };
    ACTIVITY.forEach((name) => document.addEventListener(name, restart, true));
    restart();
    return () => {
      clearTimeout(timer);
      ACTIVITY.forEach((name) => document.removeEventListener(name, restart, true));
    };
  }, [minutes]);
}
