import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { useSaving } from '@/features/app/useSaving';
import { assessPassphrase } from '@/features/unlock/passphrase-strength';
import { changePassphrase } from '@/features/unlock/passphrase';

/** A new passphrase re-wraps the key; no entry is touched, so nothing can be lost half-way. */
export function ChangePassphrase({ onDone }: { onDone: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [hint, setHint] = useState<string | undefined>();
  const { busy, problem: message, setProblem: setMessage, run } = useSaving();

  const submit = async (event: Event) => {
    event.preventDefault();
    const strength = await assessPassphrase(next);
    setHint(strength.message);
    if (!strength.acceptable) return setMessage('Please choose a stronger new passphrase.');
    if (again !== next) return setMessage('The two new passphrases are not the same.');
    await run(async () => {
      const result = await changePassphrase(current, next);
      if (result.ok) onDone();
      else setMessage('The current passphrase is not right. Nothing was changed.');
    });
  };

  return (
    <form onSubmit={submit} aria-busy={busy}>
      <h1 id="haven-title">Change passphrase</h1>
      <Field label="Current passphrase" type="password" value={current} onInput={setCurrent} autoFocus />
      <Field label="New passphrase" type="password" value={next} onInput={setNext} hint={hint} />
      <Field label="Type the new passphrase again" type="password" value={again} onInput={setAgain} error={message} />
      <p class="note">It cannot be recovered. Your entries stay exactly as they are.</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Changing…' : 'Change passphrase'}</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
