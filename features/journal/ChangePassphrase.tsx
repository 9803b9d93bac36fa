import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { useSaving } from '@/components/useSaving';
import { useT } from '@/features/i18n/language';
import { checkNewPassphrase } from '@/features/unlock/new-passphrase';
import { changePassphrase } from '@/features/unlock/passphrase';
import { STRINGS } from './strings';

/**
 * A new passphrase re-keys: every record is sealed again with a new data key, a batch at a time,
 * so the old passphrase opens nothing written from now on. Cut short (a crash, a full storage),
 * the next unlock finishes it, with either passphrase; nothing is lost half-way.
 */
export function ChangePassphrase({ onDone }: { onDone: () => void }) {
  const { t, lang } = useT(STRINGS);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [hint, setHint] = useState<string | undefined>();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const { busy, problem: message, setProblem: setMessage, run } = useSaving();

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = await checkNewPassphrase(next, again, lang);
    setHint(check.strength.message);
    setMessage(check.problem);
    if (check.problem) return;
    await run(async () => {
      const result = await changePassphrase(current, next, (done, total) => setProgress({ done, total }));
      setProgress(null);
      if (!result.ok) return setMessage(t('wrongCurrent'));
      if (result.damaged) return setMessage(t('rekeyDamaged', { count: result.damaged }));
      onDone();
    });
  };

  return (
    <form onSubmit={submit} aria-busy={busy}>
      <h1 id="haven-title">{t('changePassphrase')}</h1>
      <Field label={t('currentPassphrase')} type="password" value={current} onInput={setCurrent} autoFocus />
      <Field label={t('newPassphrase')} type="password" value={next} onInput={setNext} hint={hint} />
      <Field label={t('newPassphraseAgain')} type="password" value={again} onInput={setAgain} error={message} />
      <p class="note">{t('cannotRecover')}</p>
      <p class="note">{t('oldCopiesNote')}</p>
      {progress && <p role="status">{t('rekeying', { done: progress.done, total: progress.total })}</p>}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{busy ? t('changing') : t('changePassphrase')}</button>
        <button type="button" onClick={onDone}>{t('cancel')}</button>
      </div>
    </form>
  );
}
