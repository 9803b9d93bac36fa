import { useEffect, useId, useState } from 'preact/hooks';
import { currentKey, isUnlocked } from '@/core/session';
import { loadDocument, saveDocument } from '@/core/vault/documents';
import { saveFailureMessage } from '@/features/app/messages';
import { PassphraseGate } from '@/features/unlock/PassphraseGate';

/** "Believe yourself": the things the user knows to be true, kept encrypted like the journal. */
export function Reminders() {
  const [unlocked, setUnlocked] = useState(isUnlocked());
  if (!unlocked) return <PassphraseGate title="Reminders" onOpen={() => setUnlocked(true)} />;
  return <OpenReminders />;
}

function OpenReminders() {
  const [items, setItems] = useState<string[] | null>(null);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const key = currentKey();
    if (!key) return;
    loadDocument<string[]>(key, 'reminders')
      .then((stored) => setItems(stored ?? []))
      .catch(() => setStatus('The saved reminders could not be opened. They are kept as they are.'));
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
      setStatus(saveFailureMessage(error));
    }
  };

  return (
    <>
      <h1 id="haven-title">Reminders</h1>
      <p>If something feels wrong, it is wrong. Write down what you know to be true, for the days doubt creeps in.</p>
      {status && <p class="field-error" role="alert">{status}</p>}
      {items && (
        <>
          <ul class="reminders">
            {items.map((item, index) => (
              <li key={`${index}-${item}`}>
                {item}{' '}
                <button type="button" aria-label={`Remove: ${item}`} onClick={() => void save(items.filter((_, i) => i !== index))}>Remove</button>
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
              <label for={`${id}-new`}>Something I know to be true</label>
              <textarea id={`${id}-new`} autoComplete="off" rows={2} value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
            </div>
            <button type="submit" class="primary">Keep this</button>
          </form>
        </>
      )}
    </>
  );
}
