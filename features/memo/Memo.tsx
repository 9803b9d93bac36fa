import { useEffect, useMemo, useState } from 'preact/hooks';
import { usePanicGestures } from '@/components/usePanicGestures';
import { Autosaver, type AutosaveState } from '@/core/autosave';
import { registerPendingWrite } from '@/core/pending-writes';
import { StorageFullError } from '@/core/vault/area';
import { resolveLang, translator } from '@/core/i18n/translate';
import { recordAttempt } from '@/core/vault/attempts';
import { loadMemo, saveMemo } from '@/core/vault/decoy';
import { takeMemoKey } from '@/features/unlock/check-code';
import { STRINGS } from './strings';
import '@/features/cover/calculator.css';
import './memo.css';

const lang = resolveLang('auto', navigator.languages?.length ? navigator.languages : [navigator.language]);
const t = translator(STRINGS[lang], lang);

/**
 * The calculator's notes, opened by the decoy code: a plain pad in the calculator's own look,
 * saved as typed, under a key only the decoy code gives. Its use is recorded for her (sealed,
 * core/vault/attempts.ts). Quick close works here as in Haven (Esc twice, the shortcut).
 */
function Memo({ onDone }: { onDone: () => void }) {
  usePanicGestures();
  const [key] = useState(takeMemoKey);
  const [text, setText] = useState<string | null>(null);
  const [unread, setUnread] = useState(false);
  const saver = useMemoSaver(key);

  useEffect(() => {
    void recordAttempt('memo');
    if (!key) return setText('');
    void loadMemo(key).then(setText, () => {
      setUnread(true);
      setText('');
    });
  }, [key]);

  if (text === null) return <main class="calc memo" aria-label={t('title')} />;
  return (
    <main class="calc memo" aria-label={t('title')} lang={lang}>
      <h1 class="memo-title">{t('title')}</h1>
      {unread && <p role="status">{t('notOpened')}</p>}
      <label class="visually-hidden" for="memo-text">{t('notes')}</label>
      <textarea
        id="memo-text"
        class="memo-text"
        value={text}
        autoFocus
        onInput={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          saver.update(value);
        }}
      />
      <p class="memo-hint">{saver.problem ?? t('hint')}</p>
      <button
        type="button"
        class="calc-key calc-key-equals memo-done"
        onClick={() => void saver.flush().then(onDone)}
      >
        {t('done')}
      </button>
    </main>
  );
}

/**
 * Haven's one autosave (core/autosave.ts), wired as components/useAutosave wires it (at once,
 * flushed on hide, on a quick close and when the pad goes), but with the pad's own words: the
 * hook's imports carry Haven's settings and words, which must not load with the notes.
 */
function useMemoSaver(key: CryptoKey | null) {
  const [state, setState] = useState<AutosaveState>({ status: 'saved' });
  const saver = useMemo(() => new Autosaver<string>(async (value) => (key ? saveMemo(key, value) : undefined), setState), [key]);
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
  const problem = state.status !== 'failed' ? null : t(state.error instanceof StorageFullError ? 'full' : 'failed');
  return { update: (value: string) => void saver.update(value), flush: () => saver.flush(), problem };
}

/** The default export: the cover loads this chunk by `import()` (a named export's name would ship in the cover). */
export default Memo;
