import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { useSaving } from '@/components/useSaving';
import { useT } from '@/features/i18n/language';
import { unlockWithPassphrase } from './passphrase';
import { STRINGS } from './strings';

/**
 * The one passphrase gate, shown by Haven's shell in place of any screen that needs the key
 * while the session has none. The right passphrase unlocks the session (the shell then shows
 * the screen); a wrong one never locks anything out.
 */
export function PassphraseGate({ title }: { title: string }) {
  const { t } = useT(STRINGS);
  const [passphrase, setPassphrase] = useState('');
  // A failure here is finishing a passphrase change cut short (a full storage): nothing is
  // lost, and the next try finishes it.
  const { busy, problem, setProblem, run } = useSaving();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!passphrase) return setProblem(t('gateEmpty'));
    await run(async () => {
      const result = await unlockWithPassphrase(passphrase);
      // When it opened, the shell has already put the screen in this gate's place.
      if (!result.ok) setProblem(t(result.reason === 'wrong-passphrase' ? 'gateWrong' : 'gateNoKeyring'));
    });
  };

  return (
    <form onSubmit={submit} aria-busy={busy}>
      <h1 id="haven-title">{title}</h1>
      <p>{t('gateIntro')}</p>
      <Field label={t('passphrase')} type="password" value={passphrase} onInput={setPassphrase} error={problem} autoFocus />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{busy ? t('opening') : t('open')}</button>
      </div>
    </form>
  );
}
