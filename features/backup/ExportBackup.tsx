import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { exportBackup } from '@/core/backup/export';
import { backupFileName } from '@/core/backup/format';
import { useSaving } from '@/components/useSaving';
import { useT } from '@/features/i18n/language';
import { checkNewPassphrase } from '@/features/unlock/new-passphrase';
import { confirmPassphrase } from '@/features/unlock/passphrase';
import { DownloadsNote } from './DownloadsNote';
import { formatSize, offerDownload } from './download';
import { STRINGS } from './strings';

/**
 * Save an encrypted copy of everything. Asks for the passphrase again even when the notes are
 * open (someone else may be at the keyboard); the copy can have its own passphrase.
 */
export function ExportBackup() {
  const { t, lang, locale } = useT(STRINGS);
  const [passphrase, setPassphrase] = useState('');
  const [separate, setSeparate] = useState(false);
  const [copyPassphrase, setCopyPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [hint, setHint] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const { busy, problem, setProblem, run } = useSaving();

  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(null);
    if (!passphrase) return setProblem(t('typePassphraseFirst'));
    if (separate) {
      const check = await checkNewPassphrase(copyPassphrase, again, lang);
      setHint(check.strength.message);
      if (check.problem) return setProblem(check.problem);
    }
    await run(async () => {
      const key = await confirmPassphrase(passphrase);
      if (!key) return setProblem(t('wrongPassphrase'));
      const { file, leftOut, entries, files, fileBytes, filesLeftOut } = await exportBackup(key, separate ? copyPassphrase : passphrase);
      const name = backupFileName(new Date());
      const size = offerDownload(file, name);
      setProblem(null);
      setPassphrase('');
      setCopyPassphrase('');
      setAgain('');
      setDone(
        [
          t('savedCopy', { count: entries, name, size: formatSize(size, t, locale) }),
          files > 0 && t('savedFiles', { count: files, size: formatSize(fileBytes, t, locale) }),
          filesLeftOut > 0 && t('filesLeftOut', { count: filesLeftOut }),
          leftOut > 0 && t('leftOut', { count: leftOut }),
        ]
          .filter(Boolean)
          .join(' '),
      );
    });
  };

  return (
    <form onSubmit={submit} aria-busy={busy} aria-labelledby="export-title">
      <h2 id="export-title">{t('saveCopy')}</h2>
      <p>{t('exportIntro')}</p>
      <Field label={t('yourPassphrase')} type="password" value={passphrase} onInput={setPassphrase} />
      <label class="choice">
        <input type="checkbox" checked={separate} onChange={(event) => setSeparate(event.currentTarget.checked)} />
        {t('separatePassphrase')}
      </label>
      {separate && (
        <>
          <Field label={t('copyPassphrase')} type="password" value={copyPassphrase} onInput={setCopyPassphrase} hint={hint} />
          <Field label={t('copyPassphraseAgain')} type="password" value={again} onInput={setAgain} />
          <p class="note">{t('copyCannotRecover')}</p>
        </>
      )}
      {problem && <p class="field-error" role="alert">{problem}</p>}
      <DownloadsNote />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{busy ? t('saving') : t('saveFile')}</button>
      </div>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
