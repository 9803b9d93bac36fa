import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { MAX_FILE_BYTES, type BackupPayload } from '@/core/backup/format';
import type { Preview } from '@/core/backup/merge';
import { readBackup, reject } from '@/core/backup/read';
import { translator, type Lang } from '@/core/i18n/translate';
import { applyRestore, previewRestore } from '@/core/backup/restore';
import { useSaving } from '@/components/useSaving';
import { useT } from '@/features/i18n/language';
import { FilePicker } from './FilePicker';
import { PreviewList } from './PreviewList';
import { rejectionText } from './rejection';
import { STRINGS } from './strings';

type Step =
  | { name: 'choose' }
  | { name: 'preview'; payload: BackupPayload; preview: Preview }
  | { name: 'done'; added: number; preview: Preview };

/**
 * Add a saved copy to this device: pick the file, type the copy's passphrase, see what it would
 * add, then add it. Nothing here is ever overwritten; reading a file never writes.
 */
export function ImportBackup({ vaultKey }: { vaultKey: CryptoKey }) {
  const { t, lang } = useT(STRINGS);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const { busy, problem, setProblem, run } = useSaving();

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
      setStep({ name: 'preview', payload: result.payload, preview: await previewRestore(vaultKey, result.payload) });
    });
  };

  const add = async (payload: BackupPayload) => {
    await run(async () => {
      const { revisionsAdded, preview } = await applyRestore(vaultKey, payload);
      setPassphrase('');
      setStep({ name: 'done', added: revisionsAdded, preview });
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
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void add(step.payload)}>{busy ? t('adding') : t('addToJournal')}</button>
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

function doneMessage(added: number, preview: Preview, lang: Lang): string {
  const t = translator(STRINGS[lang], lang);
  const documents = [preview.plan, preview.reminders, preview.draft].some((outcome) => outcome === 'added' || outcome === 'merged');
  if (!added && !documents) return t('nothingAdded');
  const entries = added ? t('addedVersions', { count: added }) : t('noEntriesNeeded');
  return [entries, documents && t('restAdded'), t('nothingChangedHere')].filter(Boolean).join(' ');
}
