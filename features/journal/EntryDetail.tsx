import { useState } from 'preact/hooks';
import { currentKey } from '@/core/session';
import { purgeEntry, saveRevision, type Entry } from '@/core/vault/journal';
import { saveFailureMessage } from '@/features/app/messages';
import { useT } from '@/features/i18n/language';
import { formatHappened, formatWritten } from './format';
import { currentFields } from './model';
import { STRINGS } from './strings';

interface Props {
  entry: Entry;
  onEdit: () => void;
  onChanged: (entry: Entry) => void;
  onBack: () => void;
}

/** One entry, with when it was written and every earlier version. */
export function EntryDetail({ entry, onEdit, onChanged, onBack }: Props) {
  const { t, words, lang, locale } = useT(STRINGS);
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
      setStatus(saveFailureMessage(error, lang));
    }
  };

  if (!fields) return null;
  return (
    <article aria-labelledby="haven-title">
      <h1 id="haven-title">{formatHappened(fields.happenedAt, locale)}</h1>
      <p class="note">
        {t('written', { date: formatWritten(history[0]!.writtenAt, locale) })}
        {history.length > 1 && <> · {t('editedOn', { date: formatWritten(history.at(-1)!.writtenAt, locale) })}</>}
      </p>
      <p class="entry-text">{fields.what}</p>
      <dl class="entry-fields">
        {fields.where && (<><dt>{t('where')}</dt><dd>{fields.where}</dd></>)}
        {fields.who && (<><dt>{t('whoWasThere')}</dt><dd>{fields.who}</dd></>)}
        {fields.categories.length > 0 && (<><dt>{t('kind')}</dt><dd>{fields.categories.map((c) => words.categories[c]).join(', ')}</dd></>)}
        {fields.felt && (<><dt>{t('howIFelt')}</dt><dd>{fields.felt}</dd></>)}
        {fields.tags.length > 0 && (<><dt>{t('tags')}</dt><dd>{fields.tags.join(', ')}</dd></>)}
      </dl>
      {history.length > 1 && (
        <details>
          <summary>{t('history', { count: history.length })}</summary>
          <ol class="history">
            {history.map((revision) => (
              <li key={revision.seq}>
                <strong>{formatWritten(revision.writtenAt, locale)}</strong>: {revision.fields ? revision.fields.what : t('deleted')}
              </li>
            ))}
          </ol>
        </details>
      )}
      {status && <p class="field-error" role="alert">{status}</p>}
      {confirming === 'none' && (
        <div class="actions">
          <button type="button" class="primary" onClick={onEdit}>{t('edit')}</button>
          <button type="button" onClick={() => setConfirming('delete')}>{t('deleteAsk')}</button>
          <button type="button" onClick={onBack}>{t('backToList')}</button>
        </div>
      )}
      {confirming === 'delete' && (
        <div role="group" aria-label={t('confirmDelete')} class="confirm">
          <p>{t('deleteQuestion')}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void remove(false)}>{t('delete')}</button>
            <button type="button" onClick={() => setConfirming('purge')}>{t('deleteForGoodAsk')}</button>
            <button type="button" onClick={() => setConfirming('none')}>{t('keepIt')}</button>
          </div>
        </div>
      )}
      {confirming === 'purge' && (
        <div role="group" aria-label={t('confirmPurge')} class="confirm">
          <p>{t('purgeQuestion')}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void remove(true)}>{t('eraseForGood')}</button>
            <button type="button" onClick={() => setConfirming('none')}>{t('keepIt')}</button>
          </div>
        </div>
      )}
    </article>
  );
}
