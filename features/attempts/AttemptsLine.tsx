import { useEffect, useState } from 'preact/hooks';
import type { Go } from '@/components/screen';
import { currentKey, onKeyChange } from '@/core/session';
import { foldAttempts } from '@/core/vault/attempts';
import { useT } from '@/features/i18n/language';
import { homeLine } from './model';
import { STRINGS } from './strings';

/**
 * The short line on Haven's home when something happened since her last look at the record
 * ("3 wrong passphrases, the last on Tuesday at 14:02"). Only once the passphrase opened the
 * session: the record is sealed with the data key. Nothing at all otherwise.
 */
export function AttemptsLine({ go }: { go: Go }) {
  const { t, lang, locale } = useT(STRINGS);
  const [key, setKey] = useState(currentKey);
  const [lines, setLines] = useState<string[]>([]);
  useEffect(() => onKeyChange(setKey), []);
  useEffect(() => {
    if (!key) return setLines([]);
    let live = true;
    void foldAttempts(key).then((record) => live && setLines(record ? homeLine(record, lang, locale) : []));
    return () => void (live = false);
  }, [key, lang, locale]);

  if (!lines.length) return null;
  return (
    <section class="attempts-line" role="status" aria-label={t('title')}>
      {lines.map((line) => <p key={line}>{line}</p>)}
      <button type="button" onClick={() => go('attempts')}>{t('lineOpen')}</button>
    </section>
  );
}
