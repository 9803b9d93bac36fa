import { useState } from 'preact/hooks';
import { useLanguage } from '@/features/i18n/language';
import { saveFailureMessage } from './messages';

/**
 * The one way a form saves: busy while the task runs, and a failure turned into the plain
 * "nothing was changed" message, with what the user typed left on screen.
 */
export function useSaving() {
  const { lang } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (task: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      setProblem(saveFailureMessage(error, lang));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, setProblem, run };
}
