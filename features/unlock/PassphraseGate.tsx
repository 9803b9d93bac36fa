import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { unlockWithPassphrase } from './passphrase';

/** Asks for the passphrase once per session. A wrong one never locks anything out. */
export function PassphraseGate({ title, onOpen }: { title: string; onOpen: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!passphrase) return setProblem('Type your passphrase first.');
    setBusy(true);
    const result = await unlockWithPassphrase(passphrase);
    setBusy(false);
    if (result.ok) return onOpen();
    setProblem(
      result.reason === 'wrong-passphrase'
        ? 'That passphrase did not open it. Nothing has changed and nothing is lost; try again whenever you are ready.'
        : 'Setup is not finished yet, so there is nothing to open.',
    );
  };

  return (
    <form onSubmit={submit} aria-busy={busy}>
      <h1 id="haven-title">{title}</h1>
      <p>Your passphrase opens it for this session. It locks again when you close this window or step away.</p>
      <Field label="Passphrase" type="password" value={passphrase} onInput={setPassphrase} error={problem} autoFocus />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Opening…' : 'Open'}</button>
      </div>
    </form>
  );
}
