import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { currentKey, isUnlocked } from '@/core/session';
import { loadDocument, saveDocument } from '@/core/vault/documents';
import { saveFailureMessage } from '@/features/app/messages';
import { PassphraseGate } from '@/features/unlock/PassphraseGate';
import { EMPTY_PLAN, itemKey, PLAN_SECTIONS, readySummary, toggle, type Plan } from './model';
import './plan.css';

/** The safety plan: a checklist and notes, encrypted like the journal, saved on every change. */
export function SafetyPlan() {
  const [unlocked, setUnlocked] = useState(isUnlocked());
  if (!unlocked) return <PassphraseGate title="Safety plan" onOpen={() => setUnlocked(true)} />;
  return <OpenPlan />;
}

function OpenPlan() {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const notesTimer = useRef(0);
  const ids = useId();

  useEffect(() => {
    const key = currentKey();
    if (!key) return;
    loadDocument<Plan>(key, 'plan')
      .then((stored) => setPlan(stored ?? EMPTY_PLAN))
      .catch(() => setStatus('The saved plan could not be opened. It is kept as it is; nothing was changed.'));
  }, []);

  const save = (next: Plan) => {
    setPlan(next);
    const key = currentKey();
    if (!key) return;
    saveDocument(key, 'plan', next).then(
      () => setStatus(null),
      (error) => setStatus(saveFailureMessage(error)),
    );
  };

  if (!plan) return <><h1 id="haven-title">Safety plan</h1>{status && <p role="alert">{status}</p>}</>;
  const summary = readySummary(plan);
  return (
    <>
      <h1 id="haven-title">Safety plan</h1>
      <p>Small, quiet steps. Tick what is ready; nothing here is seen without your passphrase.</p>
      {status && <p class="field-error" role="alert">{status}</p>}
      {PLAN_SECTIONS.map((section) => (
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
        <label for={`${ids}-notes`}>Notes (where things are hidden, numbers, the code word)</label>
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
        <h2 id={`${ids}-ready`}>Ready to leave</h2>
        <p>{summary.done} of {summary.total} ready.</p>
        {summary.remaining.length > 0 ? (
          <ul>
            {summary.remaining.map((section) => (
              <li key={section.title}><strong>{section.title}:</strong> {section.items.join('; ')}</li>
            ))}
          </ul>
        ) : (
          <p>Everything on this list is ready. Trust yourself to choose the moment.</p>
        )}
      </section>
    </>
  );
}
