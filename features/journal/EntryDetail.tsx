import { useState } from 'preact/hooks';
import { useSaving } from '@/components/useSaving';
import { purgeEntry, saveRevision, type Entry } from '@/core/vault/journal';
import { useT } from '@/features/i18n/language';
import { formatHappened, formatWritten } from '@/core/i18n/dates';
import { currentFields } from './model';
import { STRINGS } from './strings';
import { Provenance } from '@/features/record/Provenance';
import { AttachmentList } from '@/features/attachments/AttachmentList';
import { AttachmentViewer } from '@/features/attachments/AttachmentViewer';
import type { Attachment } from '@/core/vault/entry';

interface Props {
  vaultKey: CryptoKey;
  entry: Entry;
  onEdit: () => void;
  onChanged: (entry: Entry) => void;
  onBack: () => void;
}

/** One entry, with when it was written and every earlier version. */
export function EntryDetail({ vaultKey, entry, onEdit, onChanged, onBack }: Props) {
  const { t, words, locale } = useT(STRINGS);
  const fields = currentFields(entry);
  const [confirming, setConfirming] = useState<'none' | 'delete' | 'purge'>('none');
  const removing = useSaving();
  const history = entry.revisions;
  const [viewing, setViewing] = useState<Attachment | null>(null);

  const remove = (permanent: boolean) =>
    removing.run(async () => {
      const saved = permanent ? await purgeEntry(vaultKey, entry.id) : (await saveRevision(vaultKey, entry.id, null, { expectedRevisions: entry.revisions.length })).entry;
      if (saved) onChanged(saved);
      onBack();
    });

  if (!fields) return null;
  if (viewing) return <AttachmentViewer vaultKey={vaultKey} attachment={viewing} formatTime={(iso) => formatWritten(iso, locale)} onBack={() => setViewing(null)} />;
  return (
    <article aria-labelledby="haven-title">
      <h1 id="haven-title">{formatHappened(fields.happenedAt, locale)}</h1>
      <p class="note">
        {t('written', { date: formatWritten(history[0]!.writtenAt, locale) })}
        {history.length > 1 && <> · {t('editedOn', { date: formatWritten(history.at(-1)!.writtenAt, locale) })}</>}
      </p>
      <Provenance entry={entry} />
      <p class="entry-text">{fields.what}</p>
      <AttachmentList vaultKey={vaultKey} attachments={fields.attachments ?? []} onOpen={setViewing} />
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
                <Provenance entry={entry} seq={revision.seq} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {removing.problem && <p class="field-error" role="alert">{removing.problem}</p>}
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
