import { useEffect } from 'preact/hooks';
import { createPanicGestures } from '@/core/panic-gestures';
import { panicFromView } from '@/core/panic-view';

/** Esc twice, or Shift alone three times, anywhere in a Haven screen. */
export function usePanicGestures(): void {
  useEffect(() => {
    const detect = createPanicGestures();
    const onKey = (event: KeyboardEvent) => {
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
