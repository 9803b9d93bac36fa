import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { useSaving } from '@/components/useSaving';
import { useT } from '@/features/i18n/language';
import { checkNewPassphrase } from '@/features/unlock/new-passphrase';
import { changePassphrase } from '@/features/unlock/passphrase';
import { STRINGS } from './strings';

/** A new passphrase re-wraps the key; no entry is touched, so nothing can be lost half-way. */
export function ChangePassphrase({ onDone }: { onDone: () => void }) {
  const { t, lang } = useT(STRINGS);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [hint, setHint] = useState<string | undefined>();
  const { busy, problem: message, setProblem: setMessage, run } = useSaving();

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = await checkNewPassphrase(next, again, lang);
    setHint(check.strength.message);
    setMessage(check.problem);
    if (check.problem) return;
    await run(async () => {
      const result = await changePassphrase(current, next);
      if (result.ok) onDone();
      else setMessage(t('wrongCurrent'));
    });
  };

  return (
    <form onSubmit={submit} aria-busy={busy}>
      <h1 id="haven-title">{t('changePassphrase')}</h1>
      <Field label={t('currentPassphrase')} type="password" value={current} onInput={setCurrent} autoFocus />
      <Field label={t('newPassphrase')} type="password" value={next} onInput={setNext} hint={hint} />
      <Field label={t('newPassphraseAgain')} type="password" value={again} onInput={setAgain} error={message} />
      <p class="note">{t('cannotRecover')}</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{busy ? t('changing') : t('changePassphrase')}</button>
        <button type="button" onClick={onDone}>{t('cancel')}</button>
      </div>
    </form>
  );
}
