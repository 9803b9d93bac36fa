import { useEffect, useId, useState } from 'preact/hooks';
import { SaveProblem } from '@/components/SaveProblem';
import type { UnlockedScreenProps } from '@/components/screen';
import { useAutosave } from '@/components/useAutosave';
import { loadDocument, saveDocument } from '@/core/vault/documents';
import { useT } from '@/features/i18n/language';
import { EMPTY_PLAN, planSections, readySummary, toggle, type Plan } from './model';
import { STRINGS } from './strings';
import './plan.css';
import { PRIVATE_TEXT } from '@/components/private-text';

/**
 * The safety plan: a checklist and notes, encrypted like the journal. Every tick and every
 * letter of the notes is saved as it is made (useAutosave), so a closed popup, a lock or a
 * quick close loses nothing; a failed save says so and keeps what is on screen.
 */
export function SafetyPlan({ vaultKey }: UnlockedScreenProps) {
  const { t, lang } = useT(STRINGS);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [openFailed, setOpenFailed] = useState(false);
  const saved = useAutosave<Plan>((value) => saveDocument(vaultKey, 'plan', value));
  const ids = useId();

  useEffect(() => {
    loadDocument<Plan>(vaultKey, 'plan').then(
      (stored) => setPlan(stored ?? EMPTY_PLAN),
      () => setOpenFailed(true),
    );
  }, [vaultKey]);

  const change = (next: Plan) => {
    setPlan(next);
    saved.update(next);
  };

  if (!plan) return <><h1 id="haven-title">{t('title')}</h1>{openFailed && <p role="alert">{t('openFailed')}</p>}</>;
  const summary = readySummary(plan, lang);
  return (
    <>
      <h1 id="haven-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <SaveProblem problem={saved.problem} retry={saved.retry} />
      {planSections(lang).map((section) => (
        <fieldset key={section.id}>
          <legend>{section.title}</legend>
          {section.items.map((item) => (
            <label class="choice" key={item.key}>
              <input type="checkbox" checked={plan.done.includes(item.key)} onChange={(event) => change(toggle(plan, item.key, event.currentTarget.checked))} />
              {item.label}
            </label>
          ))}
        </fieldset>
      ))}
      <div class="field">
        <label for={`${ids}-notes`}>{t('notes')}</label>
        <textarea
          id={`${ids}-notes`}
          {...PRIVATE_TEXT}
          rows={4}
          value={plan.notes}
          onInput={(event) => change({ ...plan, notes: event.currentTarget.value })}
        />
      </div>
      <section aria-labelledby={`${ids}-ready`} class="ready">
        <h2 id={`${ids}-ready`}>{t('readyTitle')}</h2>
        <p>{t('readyCount', { done: summary.done, total: summary.total })}</p>
        {summary.remaining.length > 0 ? (
          <ul>
            {summary.remaining.map((section) => (
              <li key={section.title}><strong>{section.title}:</strong> {section.items.join('; ')}</li>
            ))}
          </ul>
        ) : (
          <p>{t('allReady')}</p>
        )}
      </section>
    </>
  );
}
