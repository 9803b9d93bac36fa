import { useEffect, useId, useState } from 'preact/hooks';
import { SaveProblem } from '@/components/SaveProblem';
import type { UnlockedScreenProps } from '@/components/screen';
import { useAutosave } from '@/components/useAutosave';
import { useSaving } from '@/components/useSaving';
import { loadDocument, saveDocument, saveDocuments } from '@/core/vault/documents';
import { useT } from '@/features/i18n/language';
import { STRINGS } from './strings';
import { PRIVATE_TEXT } from '@/components/private-text';

/**
 * "Believe yourself": the things the user knows to be true, kept encrypted like the journal.
 * The reminder being written is saved as it is typed (its own small document), so a closed
 * popup or a quick close keeps it, and it is back in the field at the next visit.
 */
export function Reminders({ vaultKey }: UnlockedScreenProps) {
  const { t } = useT(STRINGS);
  const [items, setItems] = useState<string[] | null>(null);
  const [typing, setTyping] = useState('');
  const [openFailed, setOpenFailed] = useState(false);
  const draft = useAutosave<string>((text) => saveDocument(vaultKey, 'reminder-draft', text));
  const saving = useSaving();
  const id = useId();

  useEffect(() => {
    Promise.all([loadDocument<string[]>(vaultKey, 'reminders'), loadDocument<string>(vaultKey, 'reminder-draft').catch(() => null)]).then(
      ([stored, typed]) => {
        setItems(stored ?? []);
        setTyping(typeof typed === 'string' ? typed : '');
      },
      () => setOpenFailed(true),
    );
  }, [vaultKey]);

  const type = (text: string) => {
    setTyping(text);
    draft.update(text);
  };

  const save = (next: string[], keepTyping = typing) =>
    saving.run(async () => {
      await draft.flush();
      await saveDocuments(vaultKey, { reminders: next, 'reminder-draft': keepTyping });
      setItems(next);
      setTyping(keepTyping);
    });

  return (
    <>
      <h1 id="haven-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      {openFailed && <p class="field-error" role="alert">{t('openFailed')}</p>}
      <SaveProblem problem={saving.problem} />
      <SaveProblem problem={draft.problem} retry={draft.retry} />
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
              if (typing.trim()) void save([...items, typing.trim()], '');
            }}
          >
            <div class="field">
              <label for={`${id}-new`}>{t('newLabel')}</label>
              <textarea id={`${id}-new`} {...PRIVATE_TEXT} rows={2} value={typing} onInput={(event) => type(event.currentTarget.value)} />
            </div>
            <button type="submit" class="primary" disabled={saving.busy}>{t('keep')}</button>
          </form>
        </>
      )}
    </>
  );
}
