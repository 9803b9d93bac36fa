import { useEffect, useState } from 'preact/hooks';
import { useAutosave } from '@/components/useAutosave';
import { usePanicGestures } from '@/components/usePanicGestures';
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
  const saver = useAutosave<string>(async (value) => (key ? saveMemo(key, value) : undefined));

  useEffect(() => {
    void recordAttempt('decoy');
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

/** The default export: the cover loads this chunk by `import()` (a named export's name would ship in the cover). */
export default Memo;
