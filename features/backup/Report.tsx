import { useEffect, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { currentKey } from '@/core/session';
import type { Category } from '@/core/vault/journal';
import { ALL_CATEGORIES } from '@/features/journal/model';
import { STRINGS as JOURNAL_STRINGS } from '@/features/journal/strings';

const CATEGORY_LABELS = JOURNAL_STRINGS.en.categories;
import { reportFileName } from './report-model';

interface Made {
  url: string;
  fileName: string;
  size: string;
}

/**
 * The evidence report: choose dates, kinds and an optional name, then make a PDF here, in the
 * popup (nothing is sent anywhere), and save it with a link. The PDF library is loaded only
 * now, as its own chunk.
 */
export function Report() {
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kinds, setKinds] = useState<Category[]>([...ALL_CATEGORIES]);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [made, setMade] = useState<Made | null>(null);

  // A report's link lives only while this screen does.
  useEffect(() => () => void (made && URL.revokeObjectURL(made.url)), [made]);

  const toggle = (category: Category, checked: boolean) =>
    setKinds(checked ? ALL_CATEGORIES.filter((c) => c === category || kinds.includes(c)) : kinds.filter((c) => c !== category));

  const make = async (event: Event) => {
    event.preventDefault();
    const key = currentKey();
    if (!key) return setProblem('The journal is locked. Open it again to make a report.');
    setBusy(true);
    setProblem(null);
    setMade(null);
    try {
      const { makeReportFromJournal } = await import('./report-pdf');
      const now = new Date();
      const bytes = await makeReportFromJournal(key, { from, to, categories: kinds }, name, now);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      setMade({ url, fileName: reportFileName(now), size: `${Math.max(1, Math.round(bytes.length / 1024))} KB` });
    } catch {
      setProblem('The report could not be made just now. Your journal is unchanged; please try again.');
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <div class="actions">
        <button type="button" onClick={() => setOpen(true)}>Make a report</button>
      </div>
    );
  }
  return (
    <form onSubmit={make} aria-labelledby="report-title" class="notice">
      <h2 id="report-title">A report to print or share</h2>
      <p>A PDF for an advocate, a lawyer or a court: your entries in the order they happened, when each was written and changed, and a check that nothing was altered. It is made on this computer; nothing is sent anywhere.</p>
      <div class="filters">
        <label class="field">
          <span>First day</span>
          <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Last day</span>
          <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
      </div>
      <fieldset>
        <legend>Kinds to include</legend>
        {ALL_CATEGORIES.map((category) => (
          <label class="choice" key={category}>
            <input type="checkbox" checked={kinds.includes(category)} onChange={(e) => toggle(category, e.currentTarget.checked)} />
            {CATEGORY_LABELS[category]}
          </label>
        ))}
      </fieldset>
      <Field label="Your name (optional)" value={name} onInput={setName} hint="Shown on the first page." />
      {problem && <p role="alert">{problem}</p>}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || kinds.length === 0}>{busy ? 'Making the report…' : 'Make the report'}</button>
        <button type="button" onClick={() => setOpen(false)}>Close</button>
      </div>
      {made && (
        <div role="status">
          <p>
            Your report is ready ({made.size}). <a href={made.url} download={made.fileName}>Save the report</a>
          </p>
          <p class="field-hint">
            Your browser lists saved files in its downloads. To leave no trace there, remove it from that list after saving; the file stays where you saved it.
          </p>
        </div>
      )}
    </form>
  );
}
