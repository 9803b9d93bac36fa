import { useEffect } from 'preact/hooks';
import { lock } from '@/core/session';

/** Lock after `minutes` without a key press, click or scroll in the view. */
export function useAutoLock(minutes: number, onLocked: () => void): void {
  useEffect(() => {
    let timer = 0;
    const restart = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        void lock();
        onLocked();
      }, minutes * 60_000);
    };
    const events = ['keydown', 'pointerdown', 'scroll', 'input'];
    events.forEach((name) => document.addEventListener(name, restart, true));
    restart();
    return () => {
      clearTimeout(timer);
      events.forEach((name) => document.removeEventListener(name, restart, true));
    };
  }, [minutes, onLocked]);
}
