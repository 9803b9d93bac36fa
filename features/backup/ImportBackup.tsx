import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { MAX_FILE_BYTES, type BackupPayload } from '@/core/backup/format';
import { readBackup, reject, type BackupBlob } from '@/core/backup/read';
import { translator, type Lang } from '@/core/i18n/translate';
import { applyRestore, previewRestore, type RestorePreview } from '@/core/backup/restore';
import { useSaving } from '@/components/useSaving';
import { useT } from '@/features/i18n/language';
import { formatSize } from './download';
import { FilePicker } from './FilePicker';
import { PreviewList } from './PreviewList';
import { rejectionText } from './rejection';
import { STRINGS } from './strings';

type Step =
  | { name: 'choose' }
  | { name: 'preview'; payload: BackupPayload; blobs: BackupBlob[]; preview: RestorePreview }
  | { name: 'done'; added: number; preview: RestorePreview };

/**
 * Add a saved copy to this device: pick the file, type the copy's passphrase, see what it would
 * add, then add it. Nothing here is ever overwritten; reading a file never writes.
 */
export function ImportBackup({ vaultKey }: { vaultKey: CryptoKey }) {
  const { t, lang, locale } = useT(STRINGS);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const { busy, problem, setProblem, run } = useSaving();
  const [filesWritten, setFilesWritten] = useState<{ done: number; total: number } | null>(null);

  const open = async (event: Event) => {
    event.preventDefault();
    if (!file) return setProblem(t('chooseFileFirst'));
    if (!passphrase) return setProblem(t('typeCopyPassphraseFirst'));
    // Checked before reading: a very large file would freeze this window.
    if (file.size > MAX_FILE_BYTES) return setProblem(rejectionText(reject('too-big'), lang));
    await run(async () => {
      // The File itself: a version 2 file is read a chunk at a time (File.slice), never whole.
      const result = await readBackup(file, passphrase);
      if (!result.ok) return setProblem(rejectionText(result, lang));
      setProblem(null);
      setStep({ name: 'preview', payload: result.payload, blobs: result.blobs, preview: await previewRestore(vaultKey, result.payload, result.blobs) });
    });
  };

  const add = async (payload: BackupPayload, blobs: BackupBlob[]) => {
    await run(async () => {
      try {
        const { revisionsAdded, preview } = await applyRestore(vaultKey, payload, blobs, (done, total) => setFilesWritten({ done, total }));
        setPassphrase('');
        setStep({ name: 'done', added: revisionsAdded, preview });
      } finally {
        setFilesWritten(null);
      }
    });
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('addFromCopy')}</h2>
      {step.name === 'choose' && (
        <form onSubmit={open} aria-busy={busy}>
          <FilePicker file={file} onFile={(chosen) => { setFile(chosen); setProblem(null); }} />
          <Field label={t('passphraseOfCopy')} type="password" value={passphrase} onInput={setPassphrase} hint={t('passphraseOfCopyHint')} />
          {problem && <p class="field-error" role="alert">{problem}</p>}
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>{busy ? t('opening') : t('openCopy')}</button>
          </div>
        </form>
      )}
      {step.name === 'preview' && (
        <>
          <PreviewList preview={step.preview} />
          {problem && (
            <p class="field-error" role="alert">{t('stoppedPartway', { problem })}</p>
          )}
          {filesWritten && (
            <p role="status">{t('addingFiles', { done: formatSize(filesWritten.done, t, locale), total: formatSize(filesWritten.total, t, locale) })}</p>
          )}
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void add(step.payload, step.blobs)}>{busy ? t('adding') : t('addToJournal')}</button>
            <button type="button" disabled={busy} onClick={() => { setStep({ name: 'choose' }); setProblem(null); }}>{t('cancel')}</button>
          </div>
        </>
      )}
      {step.name === 'done' && (
        <p role="status">{doneMessage(step.added, step.preview, lang)}</p>
      )}
    </section>
  );
}

function doneMessage(added: number, preview: RestorePreview, lang: Lang): string {
  const t = translator(STRINGS[lang], lang);
  const documents = [preview.plan, preview.reminders, preview.draft].some((outcome) => outcome === 'added' || outcome === 'merged');
  const files = preview.files.toAdd;
  if (!added && !documents && !files) return t('nothingAdded');
  const entries = added ? t('addedVersions', { count: added }) : t('noEntriesNeeded');
  return [entries, files > 0 && t('addedFiles', { count: files }), documents && t('restAdded'), t('nothingChangedHere')].filter(Boolean).join(' ');
}
