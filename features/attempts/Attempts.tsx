import { useEffect, useState } from 'preact/hooks';
import type { UnlockedScreenProps } from '@/components/screen';
import { foldAttempts, markSeen, type AttemptKind, type AttemptRecord } from '@/core/vault/attempts';
import { useT } from '@/features/i18n/language';
import { when } from './model';
import { STRINGS } from './strings';

/** The record of attempts, newest first; looking at it is "her last look" for the home line. */
export function Attempts({ vaultKey }: UnlockedScreenProps) {
  const { t, lang, locale } = useT(STRINGS);
  const [record, setRecord] = useState<AttemptRecord | null | undefined>(undefined);
  useEffect(() => {
    void foldAttempts(vaultKey).then((folded) => {
      setRecord(folded);
      if (folded) void markSeen(vaultKey).catch(() => undefined);
    });
  }, [vaultKey]);
  const at = (time: number) => when(time, lang, locale);

  return (
    <>
      <h1 id="haven-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      {record === undefined ? null : !record ? (
        <p role="status">{t('record-damaged', { when: at(Date.now()) })}</p>
      ) : (
        <>
          {record.findings.map((finding) => (
            <p role="status" key={`${finding.what}${finding.at}`}>{t(finding.what, { when: at(finding.at), count: finding.count ?? 0 })}</p>
          ))}
          {record.events.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ol class="attempts-list" aria-label={t('title')}>
              {[...record.events].reverse().map((event, i) => (
                <li key={`${event.at}-${i}`}>
                  <time dateTime={new Date(event.at).toISOString()}>{at(event.at)}</time>: {t(event.kind)}
                </li>
              ))}
            </ol>
          )}
          {(Object.entries(record.older) as [AttemptKind, { count: number; first: number; last: number }][]).map(([kind, sum]) => (
            <p key={kind}>{t('older', { count: sum.count, what: t(kind), first: at(sum.first), last: at(sum.last) })}</p>
          ))}
        </>
      )}
      <p class="field-hint">{t('cannotProve')}</p>
    </>
  );
}
