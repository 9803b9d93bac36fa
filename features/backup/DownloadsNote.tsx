import { useT } from '@/features/i18n/language';
import { STRINGS } from './strings';

/** What the browser keeps of a saved copy, and how to remove it: said before anything is saved. */
export function DownloadsNote() {
  const { t } = useT(STRINGS);
  return (
    <div class="note">
      <p>{t('downloadsShows')}</p>
      <ul>
        <li>{t('downloadsChrome')}</li>
        <li>{t('downloadsFirefox')}</li>
      </ul>
      <p>{t('downloadsKeepsFile')}</p>
    </div>
  );
}
