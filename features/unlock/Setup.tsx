import { useEffect, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { currentShortcut, shortcutSettingsPlace } from '@/core/shortcut';
import { useSaving } from '@/components/useSaving';
import { usePanicGestures } from '@/components/usePanicGestures';
import { LanguageProvider, useT } from '@/features/i18n/language';
import { codeProblemText, newCodeProblem } from './new-code';
import { declineSetup, markSetupDone, saveCode, savePassphrase } from './setup-steps';
import { checkNewPassphrase } from './new-passphrase';
import { assessPassphrase, type Strength } from './passphrase-strength';
import { STRINGS } from './strings';
import '@/assets/haven.css';

type Step = 'welcome' | 'code' | 'phrase' | 'shortcut' | 'finished';

interface Props {
  /** Where to start: setup resumes at the first step not yet saved. */
  step?: 'welcome' | 'phrase' | 'shortcut';
  onDone: () => void;
}

/**
 * First-run setup, shown on every open until it is finished. Each step saves one record in one
 * write (the code's hash, then the wrapped key, then "done"), so closing the popup half-way
 * leaves nothing half-saved and the next open resumes at the step after the last saved one.
 * The words stay neutral: this screen is seen before anything is unlocked. The default export:
 * the cover loads it by `import()`, and a named export's name would ship in the cover's code.
 */
export default function Setup({ step: initial = 'welcome', onDone }: Props) {
  const [step, setStep] = useState<Step>(initial);
  usePanicGestures();
  return (
    <LanguageProvider>
      <main class="haven setup" aria-labelledby="setup-title">
        {step === 'welcome' && <Welcome onNext={() => setStep('code')} onLater={() => void declineSetup().catch(() => undefined).then(onDone)} />}
        {step === 'code' && <ChooseCode onNext={() => setStep('phrase')} />}
        {step === 'phrase' && <ChoosePassphrase onNext={() => setStep('shortcut')} />}
        {step === 'shortcut' && <LearnShortcut onNext={() => setStep('finished')} />}
        {step === 'finished' && <Finished onDone={onDone} />}
      </main>
    </LanguageProvider>
  );
}

function Welcome({ onNext, onLater }: { onNext: () => void; onLater: () => void }) {
  const { t } = useT(STRINGS);
  return (
    <>
      <h1 id="setup-title">{t('welcomeTitle')}</h1>
      <p>{t('welcomeCalculator')}</p>
      <p>{t('welcomeSteps')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onNext}>{t('start')}</button>
        <button type="button" onClick={onLater}>{t('notNow')}</button>
      </div>
    </>
  );
}

function ChooseCode({ onNext }: { onNext: () => void }) {
  const { t, lang } = useT(STRINGS);
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const { busy, problem, setProblem, run } = useSaving();

  const submit = async (event: Event) => {
    event.preventDefault();
    const issue = newCodeProblem(code, again);
    setProblem(issue && codeProblemText(issue, lang));
    if (issue) return;
    await run(async () => {
      await saveCode(code);
      onNext();
    });
  };

  return (
    <form onSubmit={submit} aria-busy={busy}>
      <h1 id="setup-title">{t('codeTitle')}</h1>
      <p>{t('codeIntro')}</p>
      <Field label={t('code')} type="password" numeric value={code} onInput={setCode} maxLength={12} autoFocus />
      <Field label={t('codeAgain')} type="password" numeric value={again} onInput={setAgain} maxLength={12} error={problem} />
      <p class="note">{t('codeNote')}</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{t('continue')}</button>
      </div>
    </form>
  );
}

function ChoosePassphrase({ onNext }: { onNext: () => void }) {
  const { t, lang } = useT(STRINGS);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [strength, setStrength] = useState<Strength | null>(null);
  const { busy, problem, setProblem, run } = useSaving();

  useEffect(() => {
    let current = true;
    if (!passphrase) setStrength(null);
    else void assessPassphrase(passphrase, lang).then((result) => current && setStrength(result));
    return () => {
      current = false;
    };
  }, [passphrase, lang]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = await checkNewPassphrase(passphrase, again, lang);
    setStrength(check.strength);
    setProblem(check.problem);
    if (check.problem) return;
    await run(async () => {
      await savePassphrase(passphrase);
      onNext();
    });
  };

  return (
    <form onSubmit={submit} aria-busy={busy}>
      <h1 id="setup-title">{t('passphraseTitle')}</h1>
      <p>{t('passphraseIntro')}</p>
      <Field label={t('passphrase')} type="password" value={passphrase} onInput={setPassphrase} autoFocus hint={strength?.message} />
      <Field label={t('passphraseAgain')} type="password" value={again} onInput={setAgain} error={problem} />
      <p class="note"><strong>{t('cannotRecover')}</strong> {t('forgetNote')}</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{busy ? t('settingUp') : t('continue')}</button>
      </div>
    </form>
  );
}

function LearnShortcut({ onNext }: { onNext: () => void }) {
  const { t, lang } = useT(STRINGS);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const { problem, run } = useSaving();
  useEffect(() => void currentShortcut().then(setShortcut), []);

  const finish = () =>
    run(async () => {
      await markSetupDone();
      onNext();
    });

  return (
    <>
      <h1 id="setup-title">{t('shortcutTitle')}</h1>
      <p>
        {shortcut ? (
          <>{t('press')} <kbd>{shortcut}</kbd> {t('anywhere')}</>
        ) : (
          t('setShortcut', { place: shortcutSettingsPlace(lang) })
        )}
        {t('orPress')} <kbd>{t('escKey')}</kbd> {t('escTwice')}
      </p>
      {shortcut === '' && <p class="note">{t('shortcutTaken')}</p>}
      {problem && <p class="field-error" role="alert">{problem}</p>}
      <div class="actions">
        <button type="button" class="primary" onClick={finish}>{t('finish')}</button>
      </div>
    </>
  );
}

function Finished({ onDone }: { onDone: () => void }) {
  const { t } = useT(STRINGS);
  return (
    <>
      <h1 id="setup-title">{t('finishedTitle')}</h1>
      <p>{t('finishedText')}</p>
      <p class="note">{t('finishedGesture')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onDone} autoFocus>{t('done')}</button>
      </div>
    </>
  );
}
