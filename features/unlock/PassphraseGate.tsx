import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { useT } from '@/features/i18n/language';
import { unlockWithPassphrase } from './passphrase';
import { STRINGS } from './strings';

/** Asks for the passphrase once per session. A wrong one never locks anything out. */
export function PassphraseGate({ title, onOpen }: { title: string; onOpen: () => void }) {
  const { t } = useT(STRINGS);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!passphrase) return setProblem(t('gateEmpty'));
    setBusy(true);
    const result = await unlockWithPassphrase(passphrase);
    setBusy(false);
    if (result.ok) return onOpen();
    setProblem(t(result.reason === 'wrong-passphrase' ? 'gateWrong' : 'gateNoKeyring'));
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
