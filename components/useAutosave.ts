import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Autosaver, type AutosaveState } from '@/core/autosave';
import { registerPendingWrite } from '@/core/pending-writes';
import { useLanguage } from '@/features/i18n/language';
import { saveFailureMessage } from './save-failure';

export interface Autosave<T> {
  /** Keep this value (call it on every change). */
  update: (value: T) => void;
  /** Write what is not stored yet. */
  flush: () => Promise<void>;
  retry: () => void;
  /** The failure in words, while the newest value is not stored; null otherwise. */
  problem: string | null;
}

/**
 * What the user types, saved as they type (core/autosave.ts): at once, the newest value next,
 * and finished when the page hides, when the session locks, on a quick close (all through
 * core/pending-writes) and when the view goes away. `save` may change between renders; the
 * newest one is used.
 */
export function useAutosave<T>(save: (value: T) => Promise<void>): Autosave<T> {
  const { lang } = useLanguage();
  const saveRef = useRef(save);
  saveRef.current = save;
  const [state, setState] = useState<AutosaveState>({ status: 'saved' });
  const saver = useMemo(() => new Autosaver<T>((value) => saveRef.current(value), setState), []);

  useEffect(() => {
    const flush = () => void saver.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    const unregister = registerPendingWrite(() => saver.flush());
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      unregister();
      flush();
    };
  }, [saver]);

  return {
    update: (value) => void saver.update(value),
    flush: () => saver.flush(),
    retry: () => void saver.retry(),
    problem: state.status === 'failed' ? saveFailureMessage(state.error, lang) : null,
  };
}
