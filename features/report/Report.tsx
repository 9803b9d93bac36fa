import { STRINGS as ATTEMPTS_STRINGS } from '@/features/attempts/strings';
import { useEffect, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import type { UnlockedScreenProps } from '@/components/screen';
import type { Category } from '@/core/vault/journal';
import { useT } from '@/features/i18n/language';
import { ALL_CATEGORIES } from '@/features/journal/model';
import { STRINGS as JOURNAL_STRINGS } from '@/features/journal/strings';
import { reportFileName, reportFormat } from './report-model';
import { STRINGS } from './strings';
import { Fingerprint } from '@/features/record/Fingerprint';

interface Made {
  url: string;
  fileName: string;
  size: string;
}

/**
 * The evidence report, a screen of its own reached from the journal: choose dates, kinds and an
 * optional name, then make a PDF here, in the popup (nothing is sent anywhere), and save it
 * with a link. The PDF library is loaded only now, as its own chunk.
 */
export function Report({ vaultKey, go }: UnlockedScreenProps) {
  const { t, lang, locale } = useT(STRINGS);
  const categoryNames = JOURNAL_STRINGS[lang].categories;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kinds, setKinds] = useState<Category[]>([...ALL_CATEGORIES]);
  const [name, setName] = useState('');
  const [withAttempts, setWithAttempts] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [made, setMade] = useState<Made | null>(null);

  // A report's link lives only while this screen does.
  useEffect(() => () => void (made && URL.revokeObjectURL(made.url)), [made]);

  const toggle = (category: Category, checked: boolean) =>
    setKinds(checked ? ALL_CATEGORIES.filter((c) => c === category || kinds.includes(c)) : kinds.filter((c) => c !== category));

  const make = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setMade(null);
    try {
      const { makeReportFromJournal } = await import('./report-pdf');
      const now = new Date();
      const bytes = await makeReportFromJournal(vaultKey, { from, to, categories: kinds }, name, now, reportFormat(lang, locale), withAttempts);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      setMade({ url, fileName: reportFileName(now), size: t('kilobytes', { size: Math.max(1, Math.round(bytes.length / 1024)) }) });
    } catch {
      setProblem(t('reportFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
    <form onSubmit={make} aria-labelledby="haven-title">
      <h1 id="haven-title">{t('reportTitle')}</h1>
      <p>{t('reportIntro')}</p>
      <p class="note">{t('reportReadable')}</p>
      <div class="filters">
        <label class="field">
          <span>{t('firstDay')}</span>
          <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('lastDay')}</span>
          <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
      </div>
      <fieldset>
        <legend>{t('kindsToInclude')}</legend>
        {ALL_CATEGORIES.map((category) => (
          <label class="choice" key={category}>
            <input type="checkbox" checked={kinds.includes(category)} onChange={(e) => toggle(category, e.currentTarget.checked)} />
            {categoryNames[category]}
          </label>
        ))}
      </fieldset>
      <Field label={t('yourName')} value={name} onInput={setName} hint={t('yourNameHint')} />
      <label class="choice">
        <input type="checkbox" checked={withAttempts} onChange={(e) => setWithAttempts(e.currentTarget.checked)} /> {ATTEMPTS_STRINGS[lang].title}
      </label>
      {problem && <p role="alert">{problem}</p>}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || kinds.length === 0}>{busy ? t('makingReport') : t('makeReport')}</button>
        <button type="button" onClick={() => go('journal')}>{t('close')}</button>
      </div>
      {made && (
        <div role="status">
          <p>
            {t('reportReady', { size: made.size })} <a href={made.url} download={made.fileName}>{t('saveReport')}</a>
          </p>
          <p class="field-hint">{t('reportReadable')}</p>
          <p class="field-hint">{t('reportTrace')}</p>
        </div>
      )}
    </form>
    <Fingerprint vaultKey={vaultKey} />
    </>
  );
}
