import { panicFromView } from '@/core/panic-view';
import { useT } from '@/features/i18n/language';
import { STRINGS } from './strings';

/** Same place on every Haven screen, big enough to hit without looking. */
export function PanicButton() {
  const { t } = useT(STRINGS);
  return (
    <button type="button" class="panic-button" aria-label={t('quickClose')} title={t('quickCloseTitle')} onClick={panicFromView}>
      <span aria-hidden="true">✕</span> {t('close')}
    </button>
  );
}
