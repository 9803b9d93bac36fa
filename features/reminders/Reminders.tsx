import { useEffect, useId, useState } from 'preact/hooks';
import { currentKey, isUnlocked } from '@/core/session';
import { loadDocument, saveDocument } from '@/core/vault/documents';
import { saveFailureMessage } from '@/features/app/messages';
import { useT } from '@/features/i18n/language';
import { PassphraseGate } from '@/features/unlock/PassphraseGate';
import { STRINGS } from './strings';

/** "Believe yourself": the things the user knows to be true, kept encrypted like the journal. */
export function Reminders() {
  const { t } = useT(STRINGS);
  const [unlocked, setUnlocked] = useState(isUnlocked());
  if (!unlocked) return <PassphraseGate title={t('title')} onOpen={() => setUnlocked(true)} />;
  return <OpenReminders />;
}

function OpenReminders() {
  const { t, lang } = useT(STRINGS);
  const [items, setItems] = useState<string[] | null>(null);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const key = currentKey();
    if (!key) return;
    loadDocument<string[]>(key, 'reminders')
      .then((stored) => setItems(stored ?? []))
      .catch(() => setStatus(t('openFailed')));
  }, []);

  const save = async (next: string[]) => {
    const key = currentKey();
    if (!key) return;
    try {
      await saveDocument(key, 'reminders', next);
      setItems(next);
      setDraft('');
      setStatus(null);
    } catch (error) {
      setStatus(saveFailureMessage(error, lang));
    }
  };

  return (
    <>
      <h1 id="haven-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      {status && <p class="field-error" role="alert">{status}</p>}
      {items && (
        <>
          <ul class="reminders">
            {items.map((item, index) => (
              <li key={`${index}-${item}`}>
                {item}{' '}
                <button type="button" aria-label={t('removeItem', { item })} onClick={() => void save(items.filter((_, i) => i !== index))}>{t('remove')}</button>
              </li>
            ))}
          </ul>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (draft.trim()) void save([...items, draft.trim()]);
            }}
          >
            <div class="field">
              <label for={`${id}-new`}>{t('newLabel')}</label>
              <textarea id={`${id}-new`} autoComplete="off" rows={2} value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
            </div>
            <button type="submit" class="primary">{t('keep')}</button>
          </form>
        </>
      )}
    </>
  );
}
