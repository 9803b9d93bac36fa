import { useT } from '@/features/i18n/language';
import { STRINGS } from './strings';

/**
 * A save that did not happen, said in words, with what was typed still on screen, and a way to
 * try again now (the next change, a lock or a quick close try again too).
 */
export function SaveProblem({ problem, retry }: { problem: string | null; retry?: () => void }) {
  const { t } = useT(STRINGS);
  if (!problem) return null;
  return (
    <div class="field-error" role="alert">
      <p>{problem}</p>
      {retry && <button type="button" onClick={retry}>{t('tryAgain')}</button>}
    </div>
  );
}
