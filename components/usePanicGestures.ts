import { useEffect } from 'preact/hooks';
import { createPanicGestures } from '@/core/panic-gestures';
import { panicFromView } from '@/core/panic-view';

/** Esc twice, or Shift alone three times, anywhere in a Haven screen. */
export function usePanicGestures(): void {
  useEffect(() => {
    const detect = createPanicGestures();
    const onKey = (event: KeyboardEvent) => {
      // Chrome closes a toolbar popup on an Esc the page leaves alone: the first Esc of the
      // two would close it without the quick close (no safe page, the key kept in a grace).
      if (event.type === 'keydown' && event.key === 'Escape') event.preventDefault();
      if (detect({ type: event.type as 'keydown' | 'keyup', key: event.key, time: event.timeStamp })) panicFromView();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('keyup', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('keyup', onKey, true);
    };
  }, []);
}
