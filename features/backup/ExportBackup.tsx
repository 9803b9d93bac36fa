import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { exportBackup } from '@/core/backup/export';
import { backupFileName } from '@/core/backup/format';
import { useSaving } from '@/features/app/useSaving';
import { assessPassphrase } from '@/features/unlock/passphrase-strength';
import { confirmPassphrase } from '@/features/unlock/passphrase';
import { DownloadsNote } from './DownloadsNote';
import { formatSize, offerDownload } from './download';

/**
 * Save an encrypted copy of everything. Asks for the passphrase again even when the notes are
 * open (someone else may be at the keyboard); the copy can have its own passphrase.
 */
export function ExportBackup() {
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
    if (!passphrase) return setProblem('Type your passphrase first.');
    if (separate) {
      const strength = await assessPassphrase(copyPassphrase, 'en');
      setHint(strength.message);
      if (!strength.acceptable) return setProblem('Please choose a stronger passphrase for the copy.');
      if (again !== copyPassphrase) return setProblem('The two passphrases for the copy are not the same.');
    }
    await run(async () => {
      const key = await confirmPassphrase(passphrase);
      if (!key) return setProblem('That passphrase is not right. Nothing was saved.');
      const { text, leftOut, entries } = await exportBackup(key, separate ? copyPassphrase : passphrase);
      const name = backupFileName(new Date());
      const size = offerDownload(text, name);
      setProblem(null);
      setPassphrase('');
      setCopyPassphrase('');
      setAgain('');
      setDone(
        `Saved ${entries} ${entries === 1 ? 'entry' : 'entries'} and everything else you wrote as “${name}” (${formatSize(size)}).` +
          (leftOut ? ` ${leftOut} saved ${leftOut === 1 ? 'item' : 'items'} could not be opened and ${leftOut === 1 ? 'is' : 'are'} not in the copy; ${leftOut === 1 ? 'it stays' : 'they stay'} here as ${leftOut === 1 ? 'it is' : 'they are'}.` : ''),
      );
    });
  };

  return (
    <form onSubmit={submit} aria-busy={busy} aria-labelledby="export-title">
      <h2 id="export-title">Save a copy</h2>
      <p>One file with everything you wrote: every entry and its history, the draft, the safety plan, reminders and settings. It is locked with a passphrase; without it the file cannot be read.</p>
      <Field label="Your passphrase" type="password" value={passphrase} onInput={setPassphrase} />
      <label class="choice">
        <input type="checkbox" checked={separate} onChange={(event) => setSeparate(event.currentTarget.checked)} />
        Lock the copy with a different passphrase
      </label>
      {separate && (
        <>
          <Field label="Passphrase for the copy" type="password" value={copyPassphrase} onInput={setCopyPassphrase} hint={hint} />
          <Field label="Type the passphrase for the copy again" type="password" value={again} onInput={setAgain} />
          <p class="note">It cannot be recovered: without it, the copy cannot be opened.</p>
        </>
      )}
      {problem && <p class="field-error" role="alert">{problem}</p>}
      <DownloadsNote />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Saving…' : 'Save the file'}</button>
      </div>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
