import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { loadSettings, watchSettings } from '@/core/vault/settings';
import { useSaving } from '@/components/useSaving';
import { useT } from '@/features/i18n/language';
import { passphraseProblem } from './passphrase-check';
import { STRINGS } from './strings';
import { eraseCodeProblemText, turnOffEraseCode, turnOnEraseCode } from './wipe-code';

interface Props {
  /** Leads to the backup place, so a backup can be made before turning this on. */
  onBackup?: () => void;
}

/** The opt-in erase code: off by default, explained, typed twice, checked against the unlock code. */
export function WipeCode({ onBackup }: Props) {
  const { t, lang } = useT(STRINGS);
  const [on, setOn] = useState<boolean | null>(null);
  const [decoyOn, setDecoyOn] = useState(false);
  const [decoyCode, setDecoyCode] = useState('');
  const [unlockCode, setUnlockCode] = useState('');
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, problem, setProblem, run } = useSaving();
  // Only the sealed settings say whether it is on: the record exists either way.
  useEffect(() => void loadSettings().then((settings) => setOn(settings.eraseCode)), []);
  // The decoy code may be turned on or off just below, on this same screen.
  useEffect(() => watchSettings((settings) => setDecoyOn(settings.decoyCode)), []);

  const turnOn = (event: Event) => {
    event.preventDefault();
    setStatus(null);
    void run(async () => {
      const refused = await turnOnEraseCode(unlockCode, code, again, decoyOn ? decoyCode : null);
      setProblem(refused && eraseCodeProblemText(refused, lang));
      if (refused) return;
      setUnlockCode('');
      setDecoyCode('');
      setCode('');
      setAgain('');
      setOn(true);
      setStatus(t('eraseIsOn'));
    });
  };
  const turnOff = () =>
    void run(async () => {
      const refused = await passphraseProblem(passphrase);
      if (refused) return setProblem(t(refused));
      setPassphrase('');
      await turnOffEraseCode();
      setOn(false);
      setStatus(t('eraseIsOff'));
    });

  if (on === null) return null;
  return (
    <form onSubmit={turnOn} aria-labelledby="erase-code-title">
      <h2 id="erase-code-title">{t('eraseTitle')}</h2>
      <p>{t('eraseIntro')}</p>
      <p>{t('eraseReach')}</p>
      {status && <p role="status">{status}</p>}
      {/* Keyed: the two forms must not share inputs (a digits-only field's maxLength would stay). */}
      {on ? (
        <Fragment key="on">
          <Field label={t('passphraseToTurnOffErase')} type="password" value={passphrase} onInput={setPassphrase} error={problem} />
          <button type="button" disabled={busy} onClick={turnOff}>{t('turnOffErase')}</button>
        </Fragment>
      ) : (
        <Fragment key="off">
          {onBackup && (
            <p>
              {t('backupOnlyWay')} <button type="button" onClick={onBackup}>{t('backupFirst')}</button>
            </p>
          )}
          <Field label={t('unlockCode')} type="password" numeric value={unlockCode} onInput={setUnlockCode} maxLength={12} />
          {decoyOn && <Field label={t('yourDecoyCode')} type="password" numeric value={decoyCode} onInput={setDecoyCode} maxLength={12} />}
          <Field label={t('eraseCode')} type="password" numeric value={code} onInput={setCode} maxLength={12} hint={t('eraseCodeHint')} />
          <Field label={t('eraseCodeAgain')} type="password" numeric value={again} onInput={setAgain} maxLength={12} error={problem} />
          <button type="submit" disabled={busy}>{busy ? t('checking') : t('turnOnErase')}</button>
        </Fragment>
      )}
    </form>
  );
}
