import { useEffect, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { loadWipeRecord, removeWipeRecord } from '@/core/vault/wipe';
import { useSaving } from '@/features/app/useSaving';
import { forgetCachedLock } from '@/features/unlock/check-code';
import { turnOnEraseCode } from './wipe-code';

interface Props {
  /** Leads to the backup place, so a backup can be made before turning this on. */
  onBackup?: () => void;
}

/** The opt-in erase code: off by default, explained, typed twice, checked against the unlock code. */
export function WipeCode({ onBackup }: Props) {
  const [on, setOn] = useState<boolean | null>(null);
  const [unlockCode, setUnlockCode] = useState('');
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, problem, setProblem, run } = useSaving();
  useEffect(() => void loadWipeRecord().then((record) => setOn(record !== null)), []);

  const turnOn = (event: Event) => {
    event.preventDefault();
    setStatus(null);
    void run(async () => {
      const refused = await turnOnEraseCode(unlockCode, code, again);
      setProblem(refused);
      if (refused) return;
      setUnlockCode('');
      setCode('');
      setAgain('');
      setOn(true);
      setStatus('The erase code is on.');
    });
  };
  const turnOff = () =>
    void run(async () => {
      await removeWipeRecord();
      forgetCachedLock();
      setOn(false);
      setStatus('The erase code is off.');
    });

  if (on === null) return null;
  return (
    <form onSubmit={turnOn} aria-labelledby="erase-code-title">
      <h2 id="erase-code-title">Erase everything with a code</h2>
      <p>
        This is off unless you turn it on. With an erase code, typing it on the calculator and then = deletes everything kept here:
        your journal, plan, reminders and settings. It cannot be undone. Afterwards the calculator looks just installed.
      </p>
      {status && <p role="status">{status}</p>}
      {on ? (
        <button type="button" disabled={busy} onClick={turnOff}>Turn off the erase code</button>
      ) : (
        <>
          {onBackup && (
            <p>
              A backup is the only way to get your notes back afterwards.{' '}
              <button type="button" onClick={onBackup}>Make a backup first</button>
            </p>
          )}
          <Field label="Your code that opens this space" type="password" numeric value={unlockCode} onInput={setUnlockCode} maxLength={12} />
          <Field label="Erase code (4 to 12 digits)" type="password" numeric value={code} onInput={setCode} maxLength={12} hint="Not the same as your code, and not how your code starts." />
          <Field label="Type the erase code again" type="password" numeric value={again} onInput={setAgain} maxLength={12} error={problem} />
          <button type="submit" disabled={busy}>{busy ? 'Checking…' : 'Turn on the erase code'}</button>
        </>
      )}
    </form>
  );
}
