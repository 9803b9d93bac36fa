import { useState } from 'preact/hooks';
import { currentKey } from '@/core/session';
import { purgeEntry, saveRevision, type Entry } from '@/core/vault/journal';
import { saveFailureMessage } from '@/features/app/messages';
import { formatHappened, formatWritten } from './format';
import { CATEGORY_LABELS, currentFields } from './model';

interface Props {
  entry: Entry;
  onEdit: () => void;
  onChanged: (entry: Entry) => void;
  onBack: () => void;
}

/** One entry, with when it was written and every earlier version. */
export function EntryDetail({ entry, onEdit, onChanged, onBack }: Props) {
  const fields = currentFields(entry);
  const [confirming, setConfirming] = useState<'none' | 'delete' | 'purge'>('none');
  const [status, setStatus] = useState<string | null>(null);
  const history = entry.revisions;

  const remove = async (permanent: boolean) => {
    const key = currentKey();
    if (!key) return;
    try {
      const saved = permanent ? await purgeEntry(key, entry.id) : (await saveRevision(key, entry.id, null, { expectedRevisions: entry.revisions.length })).entry;
      if (saved) onChanged(saved);
      onBack();
    } catch (error) {
      setStatus(saveFailureMessage(error));
    }
  };

  if (!fields) return null;
  return (
    <article aria-labelledby="haven-title">
      <h1 id="haven-title">{formatHappened(fields.happenedAt)}</h1>
      <p class="note">
        Written {formatWritten(history[0]!.writtenAt)}
        {history.length > 1 && <> · edited {formatWritten(history.at(-1)!.writtenAt)}</>}
      </p>
      <p class="entry-text">{fields.what}</p>
      <dl class="entry-fields">
        {fields.where && (<><dt>Where</dt><dd>{fields.where}</dd></>)}
        {fields.who && (<><dt>Who was there</dt><dd>{fields.who}</dd></>)}
        {fields.categories.length > 0 && (<><dt>Kind</dt><dd>{fields.categories.map((c) => CATEGORY_LABELS[c]).join(', ')}</dd></>)}
        {fields.felt && (<><dt>How I felt</dt><dd>{fields.felt}</dd></>)}
        {fields.tags.length > 0 && (<><dt>Tags</dt><dd>{fields.tags.join(', ')}</dd></>)}
      </dl>
      {history.length > 1 && (
        <details>
          <summary>History: {history.length} versions</summary>
          <ol class="history">
            {history.map((revision) => (
              <li key={revision.seq}>
                <strong>{formatWritten(revision.writtenAt)}</strong>: {revision.fields ? revision.fields.what : 'deleted'}
              </li>
            ))}
          </ol>
        </details>
      )}
      {status && <p class="field-error" role="alert">{status}</p>}
      {confirming === 'none' && (
        <div class="actions">
          <button type="button" class="primary" onClick={onEdit}>Edit</button>
          <button type="button" onClick={() => setConfirming('delete')}>Delete…</button>
          <button type="button" onClick={onBack}>Back to the list</button>
        </div>
      )}
      {confirming === 'delete' && (
        <div role="group" aria-label="Confirm delete" class="confirm">
          <p>Delete this entry? It leaves the list but stays in the history, so nothing is lost by mistake.</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void remove(false)}>Delete</button>
            <button type="button" onClick={() => setConfirming('purge')}>Delete for good…</button>
            <button type="button" onClick={() => setConfirming('none')}>Keep it</button>
          </div>
        </div>
      )}
      {confirming === 'purge' && (
        <div role="group" aria-label="Confirm delete for good" class="confirm">
          <p>Erase every word of this entry and its history? This cannot be undone. Only a note that something was erased, and when, stays.</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void remove(true)}>Erase for good</button>
            <button type="button" onClick={() => setConfirming('none')}>Keep it</button>
          </div>
        </div>
      )}
    </article>
  );
}
