import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { useSaving } from '@/components/useSaving';
import { loadSettings, watchSettings } from '@/core/vault/settings';
import { useT } from '@/features/i18n/language';
import { decoyCodeProblemText, turnOffDecoyCode, turnOnDecoyCode } from './decoy-code';
import { passphraseProblem } from './passphrase-check';
import { STRINGS } from './strings';

/**
 * The opt-in decoy code (issue #18), set up like the erase code: off by default, explained,
 * typed twice, checked against the other codes that are on (each typed here, checked against
 * its hash). Only the sealed settings say whether it is on: its records exist either way.
 */
export function DecoyCode() {
  const { t, lang } = useT(STRINGS);
  const [on, setOn] = useState<boolean | null>(null);
  const [eraseOn, setEraseOn] = useState(false);
  const [unlockCode, setUnlockCode] = useState('');
  const [eraseCode, setEraseCode] = useState('');
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, problem, setProblem, run } = useSaving();
  useEffect(() => void loadSettings().then((settings) => setOn(settings.decoyCode)), []);
  // The erase code may be turned on or off just above, on this same screen.
  useEffect(() => watchSettings((settings) => setEraseOn(settings.eraseCode)), []);

  const turnOn = (event: Event) => {
    event.preventDefault();
    setStatus(null);
    void run(async () => {
      const refused = await turnOnDecoyCode(unlockCode, eraseOn ? eraseCode : null, code, again);
      setProblem(refused && decoyCodeProblemText(refused, lang));
      if (refused) return;
      setUnlockCode('');
      setEraseCode('');
      setCode('');
      setAgain('');
      setOn(true);
      setStatus(t('decoyIsOn'));
    });
  };
  const turnOff = () =>
    void run(async () => {
      const refused = await passphraseProblem(passphrase);
      if (refused) return setProblem(t(refused));
      setPassphrase('');
      await turnOffDecoyCode();
      setOn(false);
      setStatus(t('decoyIsOff'));
    });

  if (on === null) return null;
  return (
    <form onSubmit={turnOn} aria-labelledby="decoy-code-title">
      <h2 id="decoy-code-title">{t('decoyTitle')}</h2>
      <p>{t('decoyIntro')}</p>
      <p>{t('decoyReach')}</p>
      {status && <p role="status">{status}</p>}
      {on ? (
        <Fragment key="on">
          <Field label={t('passphraseToTurnOffDecoy')} type="password" value={passphrase} onInput={setPassphrase} error={problem} />
          <button type="button" disabled={busy} onClick={turnOff}>{t('turnOffDecoy')}</button>
        </Fragment>
      ) : (
        <Fragment key="off">
          <Field label={t('unlockCodeForDecoy')} type="password" numeric value={unlockCode} onInput={setUnlockCode} maxLength={12} />
          {eraseOn && <Field label={t('yourEraseCode')} type="password" numeric value={eraseCode} onInput={setEraseCode} maxLength={12} />}
          <Field label={t('decoyCode')} type="password" numeric value={code} onInput={setCode} maxLength={12} hint={t('decoyCodeHint')} />
          <Field label={t('decoyCodeAgain')} type="password" numeric value={again} onInput={setAgain} maxLength={12} error={problem} />
          <button type="submit" disabled={busy}>{busy ? t('checking') : t('turnOnDecoy')}</button>
        </Fragment>
      )}
    </form>
  );
}
