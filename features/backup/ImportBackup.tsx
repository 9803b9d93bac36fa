import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { MAX_FILE_BYTES, type BackupPayload } from '@/core/backup/format';
import type { Preview } from '@/core/backup/merge';
import { readBackup, reject } from '@/core/backup/read';
import { applyRestore, previewRestore } from '@/core/backup/restore';
import { currentKey } from '@/core/session';
import { useSaving } from '@/features/app/useSaving';
import { FilePicker } from './FilePicker';
import { PreviewList } from './PreviewList';

type Step =
  | { name: 'choose' }
  | { name: 'preview'; payload: BackupPayload; preview: Preview }
  | { name: 'done'; added: number; preview: Preview };

/**
 * Add a saved copy to this device: pick the file, type the copy's passphrase, see what it would
 * add, then add it. Nothing here is ever overwritten; reading a file never writes.
 */
export function ImportBackup() {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const { busy, problem, setProblem, run } = useSaving();

  const open = async (event: Event) => {
    event.preventDefault();
    const key = currentKey();
    if (!file) return setProblem('Choose the file first.');
    if (!passphrase) return setProblem('Type the passphrase of the copy first.');
    if (!key) return;
    // Checked before reading: a very large file would freeze this window.
    if (file.size > MAX_FILE_BYTES) return setProblem(reject('too-big').message);
    await run(async () => {
      const result = await readBackup(new Uint8Array(await file.arrayBuffer()), passphrase);
      if (!result.ok) return setProblem(result.message);
      setProblem(null);
      setStep({ name: 'preview', payload: result.payload, preview: await previewRestore(key, result.payload) });
    });
  };

  const add = async (payload: BackupPayload) => {
    const key = currentKey();
    if (!key) return;
    await run(async () => {
      const { revisionsAdded, preview } = await applyRestore(key, payload);
      setPassphrase('');
      setStep({ name: 'done', added: revisionsAdded, preview });
    });
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Add from a copy</h2>
      {step.name === 'choose' && (
        <form onSubmit={open} aria-busy={busy}>
          <FilePicker file={file} onFile={(chosen) => { setFile(chosen); setProblem(null); }} />
          <Field label="Passphrase of the copy" type="password" value={passphrase} onInput={setPassphrase} hint="The one it was saved with." />
          {problem && <p class="field-error" role="alert">{problem}</p>}
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>{busy ? 'Opening…' : 'Open the copy'}</button>
          </div>
        </form>
      )}
      {step.name === 'preview' && (
        <>
          <PreviewList preview={step.preview} />
          {problem && (
            <p class="field-error" role="alert">
              {problem} Anything added before this stopped is complete; adding the copy again later adds only the rest.
            </p>
          )}
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void add(step.payload)}>{busy ? 'Adding…' : 'Add to my journal'}</button>
            <button type="button" disabled={busy} onClick={() => { setStep({ name: 'choose' }); setProblem(null); }}>Cancel</button>
          </div>
        </>
      )}
      {step.name === 'done' && (
        <p role="status">{doneMessage(step.added, step.preview)}</p>
      )}
    </section>
  );
}

function doneMessage(added: number, preview: Preview): string {
  const documents = [preview.plan, preview.reminders, preview.draft].some((outcome) => outcome === 'added' || outcome === 'merged');
  if (!added && !documents) return 'Everything in the copy was already here, so nothing was added.';
  const entries = added ? `Added ${added} ${added === 1 ? 'version' : 'versions'} of entries.` : 'No entries needed adding.';
  return `${entries}${documents ? ' The rest of the copy was added as shown.' : ''} Nothing that was here before has changed.`;
}
