import { useState } from 'preact/hooks';
import { useLanguage } from '@/features/i18n/language';
import { saveFailureMessage } from './save-failure';

/**
 * The one way a form or a button saves: busy while the task runs, and a failure turned into
 * the plain "nothing was changed" message (in the language shown now, even if it changes
 * after), with what the user typed left on screen. A form's own refusals go in `setProblem`.
 * (Words saved as they are typed go through useAutosave instead.)
 */
export function useSaving() {
  const { lang } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ failed: unknown } | { text: string } | null>(null);
  const setProblem = (text: string | null) => setOutcome(text === null ? null : { text });
  const run = async (task: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      await task();
    } catch (error) {
      setOutcome({ failed: error });
    } finally {
      setBusy(false);
    }
  };
  const problem = outcome === null ? null : 'text' in outcome ? outcome.text : saveFailureMessage(outcome.failed, lang);
  return { busy, problem, setProblem, run };
}
