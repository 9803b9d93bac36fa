import type { Finding } from '@/core/vault/journal';
import { useT } from '@/features/i18n/language';
import { formatWritten } from '@/core/i18n/dates';
import { findingText } from './findings';
import { STRINGS } from './strings';

/**
 * What the check on opening found, told plainly on the journal's screen the moment it is found:
 * what, that nothing was dropped, and that the record now says so (or will try again).
 */
export function RecordNotice({ found, noted, after }: { found: readonly Finding[]; noted: boolean; after: string }) {
  const { t, lang, locale } = useT(STRINGS);
  if (!found.length) return null;
  return (
    <div role="alert" class="notice" aria-labelledby="record-notice-title">
      <h2 id="record-notice-title">{t('noticeTitle')}</h2>
      <ul>
        {found.map((finding, index) => (
          <li key={index}>{findingText(finding, lang)}</li>
        ))}
      </ul>
      {after && <p>{t('noticeAfter', { date: formatWritten(after, locale) })}</p>}
      <p>{t(noted ? 'noticeSaved' : 'noticeNotSaved')}</p>
      <p class="field-hint">{t('noticeWho')}</p>
    </div>
  );
}
