import { useEffect, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { checkFingerprint, fingerprintOf, formatFingerprint, type FingerprintCheck } from '@/core/vault/fingerprint';
import { chainOf, openJournal, readHead } from '@/core/vault/journal';
import { useT } from '@/features/i18n/language';
import { formatWritten } from '@/core/i18n/dates';
import { STRINGS } from './strings';

/**
 * The witness outside the device (issue #23): the fingerprint of the record's end to note, and a
 * check of one noted earlier ("this record was already this long on that day"). Reads only.
 */
export function Fingerprint({ vaultKey }: { vaultKey: CryptoKey }) {
  const { t, locale } = useT(STRINGS);
  const [now, setNow] = useState<string | null | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FingerprintCheck | 'failed' | null>(null);

  useEffect(() => {
    void readHead(vaultKey).then(
      (head) => setNow(head.seq ? formatFingerprint(fingerprintOf(head)) : null),
      () => setNow(null),
    );
  }, [vaultKey]);

  const check = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setResult(null);
    try {
      const revisions = chainOf(await openJournal(vaultKey)).flatMap((entry) => entry.revisions);
      setResult(checkFingerprint(revisions, typed));
    } catch {
      setResult('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="fingerprint-title">
      <h2 id="fingerprint-title">{t('fingerprintHeading')}</h2>
      <p>{t('fingerprintIntro')}</p>
      {now !== undefined && <p class="fingerprint">{now ? t('fingerprintNow', { fingerprint: now }) : t('fingerprintEmpty')}</p>}
      <form onSubmit={check}>
        <Field label={t('fingerprintCheckLabel')} value={typed} onInput={setTyped} />
        <div class="actions">
          <button type="submit" disabled={busy || !typed.trim()}>{busy ? t('fingerprintChecking') : t('fingerprintCheck')}</button>
        </div>
      </form>
      {result && (
        <p role="status">
          {result === 'failed'
            ? t('fingerprintFailed')
            : result.kind === 'found'
              ? t('fingerprintFound', { seq: result.seq, date: formatWritten(result.writtenAt, locale) })
              : result.kind === 'mistyped'
                ? t('fingerprintMistyped')
                : t('fingerprintNotFound')}
        </p>
      )}
      <p class="field-hint">{t('provesShows')} {t('provesCannot')}</p>
    </section>
  );
}
