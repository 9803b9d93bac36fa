import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { currentKey, isUnlocked } from '@/core/session';
import { loadDocument, saveDocument } from '@/core/vault/documents';
import { saveFailureMessage } from '@/features/app/messages';
import { useT } from '@/features/i18n/language';
import { PassphraseGate } from '@/features/unlock/PassphraseGate';
import { EMPTY_PLAN, itemKey, planSections, readySummary, toggle, type Plan } from './model';
import { STRINGS } from './strings';
import './plan.css';

/** The safety plan: a checklist and notes, encrypted like the journal, saved on every change. */
export function SafetyPlan() {
  const { t } = useT(STRINGS);
  const [unlocked, setUnlocked] = useState(isUnlocked());
  if (!unlocked) return <PassphraseGate title={t('title')} onOpen={() => setUnlocked(true)} />;
  return <OpenPlan />;
}

function OpenPlan() {
  const { t, lang } = useT(STRINGS);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const notesTimer = useRef(0);
  const ids = useId();

  useEffect(() => {
    const key = currentKey();
    if (!key) return;
    loadDocument<Plan>(key, 'plan')
      .then((stored) => setPlan(stored ?? EMPTY_PLAN))
      .catch(() => setStatus(t('openFailed')));
  }, []);

  const save = (next: Plan) => {
    setPlan(next);
    const key = currentKey();
    if (!key) return;
    saveDocument(key, 'plan', next).then(
      () => setStatus(null),
      (error) => setStatus(saveFailureMessage(error, lang)),
    );
  };

  if (!plan) return <><h1 id="haven-title">{t('title')}</h1>{status && <p role="alert">{status}</p>}</>;
  const summary = readySummary(plan, lang);
  return (
    <>
      <h1 id="haven-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      {status && <p class="field-error" role="alert">{status}</p>}
      {planSections(lang).map((section) => (
        <fieldset key={section.id}>
          <legend>{section.title}</legend>
          {section.items.map((item) => {
            const key = itemKey(section.id, item.id);
            return (
              <label class="choice" key={key}>
                <input type="checkbox" checked={plan.done.includes(key)} onChange={(event) => save(toggle(plan, key, event.currentTarget.checked))} />
                {item.label}
              </label>
            );
          })}
        </fieldset>
      ))}
      <div class="field">
        <label for={`${ids}-notes`}>{t('notes')}</label>
        <textarea
          id={`${ids}-notes`}
          autoComplete="off"
          rows={4}
          value={plan.notes}
          onInput={(event) => {
            const next = { ...plan, notes: event.currentTarget.value };
            setPlan(next);
            clearTimeout(notesTimer.current);
            notesTimer.current = window.setTimeout(() => save(next), 250);
          }}
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
