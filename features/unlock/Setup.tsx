import { useEffect, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { createDataKey } from '@/core/crypto';
import { currentShortcut, shortcutSettingsPlace } from '@/core/shortcut';
import { saveKeyring } from '@/core/vault/keyring';
import { hashCode, saveLock } from '@/core/vault/lock';
import { saveSettings } from '@/core/vault/settings';
import { saveFailureMessage } from '@/features/app/messages';
import { useSaving } from '@/features/app/useSaving';
import { usePanicGestures } from '@/components/usePanicGestures';
import { forgetCachedLock, newCodeProblem } from './check-code';
import { assessPassphrase, type Strength } from './passphrase-strength';
import '@/assets/haven.css';

type Step = 'welcome' | 'code' | 'passphrase' | 'shortcut' | 'finished';

interface Props {
  /** Where to start: setup resumes at the first step not yet saved. */
  step?: 'welcome' | 'passphrase' | 'shortcut';
  onDone: () => void;
}

/**
 * First-run setup, shown on every open until it is finished. Each step saves one record in one
 * write (the code's hash, then the wrapped key, then "done"), so closing the popup half-way
 * leaves nothing half-saved and the next open resumes at the step after the last saved one.
 * The words stay neutral: this screen is seen before anything is unlocked.
 */
export function Setup({ step: initial = 'welcome', onDone }: Props) {
  const [step, setStep] = useState<Step>(initial);
  usePanicGestures();
  return (
    <main class="haven setup" aria-labelledby="setup-title">
      {step === 'welcome' && <Welcome onNext={() => setStep('code')} onLater={onDone} />}
      {step === 'code' && <ChooseCode onNext={() => setStep('passphrase')} />}
      {step === 'passphrase' && <ChoosePassphrase onNext={() => setStep('shortcut')} />}
      {step === 'shortcut' && <LearnShortcut onNext={() => setStep('finished')} />}
      {step === 'finished' && <Finished onDone={onDone} />}
    </main>
  );
}

function Welcome({ onNext, onLater }: { onNext: () => void; onLater: () => void }) {
  return (
    <>
      <h1 id="setup-title">Welcome</h1>
      <p>This calculator works like any other. It can also keep a private space that only you can open.</p>
      <p>You will choose a code that opens it and a passphrase that locks your notes. Take your time; it takes about a minute.</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onNext}>Start</button>
        <button type="button" onClick={onLater}>Not now</button>
      </div>
    </>
  );
}

function ChooseCode({ onNext }: { onNext: () => void }) {
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const { busy, problem, setProblem, run } = useSaving();

  const submit = async (event: Event) => {
    event.preventDefault();
    const issue = newCodeProblem(code, again);
    setProblem(issue);
    if (issue) return;
    await run(async () => {
      await saveLock(await hashCode(code));
      forgetCachedLock();
      onNext();
    });
  };

  return (
    <form onSubmit={submit} aria-busy={busy}>
      <h1 id="setup-title">Choose your code</h1>
      <p>To open your space, type this code on the calculator, then press =. Anyone else who types numbers just gets arithmetic.</p>
      <Field label="Code (4 to 12 digits)" type="password" numeric value={code} onInput={setCode} maxLength={12} autoFocus />
      <Field label="Type the code again" type="password" numeric value={again} onInput={setAgain} maxLength={12} error={problem} />
      <p class="note">Nobody can recover this code for you, so pick one you will remember and others will not guess.</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>Continue</button>
      </div>
    </form>
  );
}

function ChoosePassphrase({ onNext }: { onNext: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [strength, setStrength] = useState<Strength | null>(null);
  const { busy, problem, setProblem, run } = useSaving();

  useEffect(() => {
    let current = true;
    if (!passphrase) setStrength(null);
    else void assessPassphrase(passphrase).then((result) => current && setStrength(result));
    return () => {
      current = false;
    };
  }, [passphrase]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const assessed = await assessPassphrase(passphrase);
    setStrength(assessed);
    if (!assessed.acceptable) return setProblem('Please choose a stronger passphrase.');
    if (again !== passphrase) return setProblem('The two passphrases are not the same. Please type it again.');
    setProblem(null);
    await run(async () => {
      await saveKeyring((await createDataKey(passphrase)).stored);
      onNext();
    });
  };

  return (
    <form onSubmit={submit} aria-busy={busy}>
      <h1 id="setup-title">Choose a passphrase</h1>
      <p>It locks your notes on this device. A few unrelated words are strong and easy to remember.</p>
      <Field label="Passphrase" type="password" value={passphrase} onInput={setPassphrase} autoFocus hint={strength?.message} />
      <Field label="Type the passphrase again" type="password" value={again} onInput={setAgain} error={problem} />
      <p class="note"><strong>It cannot be recovered.</strong> If you forget it, nobody, not even us, can open your notes.</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Setting up…' : 'Continue'}</button>
      </div>
    </form>
  );
}

function LearnShortcut({ onNext }: { onNext: () => void }) {
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => void currentShortcut().then(setShortcut), []);

  const finish = async () => {
    try {
      await saveSettings({ setupDone: true });
      onNext();
    } catch (error) {
      setProblem(saveFailureMessage(error));
    }
  };

  return (
    <>
      <h1 id="setup-title">Closing in a hurry</h1>
      <p>
        {shortcut ? (
          <>Press <kbd>{shortcut}</kbd> anywhere in the browser</>
        ) : (
          <>Set a keyboard shortcut at {shortcutSettingsPlace()}</>
        )}
        , or press <kbd>Esc</kbd> twice here, and everything closes at once. What you typed is kept and locked.
      </p>
      {shortcut === '' && <p class="note">The usual shortcut is taken by something else in this browser, so choose another one there.</p>}
      {problem && <p class="field-error" role="alert">{problem}</p>}
      <div class="actions">
        <button type="button" class="primary" onClick={finish}>Finish</button>
      </div>
    </>
  );
}

function Finished({ onDone }: { onDone: () => void }) {
  return (
    <>
      <h1 id="setup-title">All set</h1>
      <p>From now on this opens as a calculator. Type your code, then =, whenever you need your space.</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onDone} autoFocus>Done</button>
      </div>
    </>
  );
}
