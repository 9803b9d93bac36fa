import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { currentKey } from '@/core/session';
import { newEntryId, saveDraft, saveRevision, type Category, type Entry, type EntryFields } from '@/core/vault/journal';
import { saveFailureMessage } from '@/features/app/messages';
import { useT } from '@/features/i18n/language';
import { ALL_CATEGORIES, parseTags } from './model';
import { STRINGS } from './strings';

/** Drafts are saved this long after the last keystroke (a popup can vanish at any moment). */
const DRAFT_DELAY_MS = 250;

interface Props {
  /** The entry being edited, or null for a new one. */
  entry: Entry | null;
  initial: EntryFields;
  onSaved: (entry: Entry, changedElsewhere: boolean) => void;
  onClose: () => void;
}

/** Write or edit an entry. Every keystroke ends up in the encrypted draft within a moment. */
export function EntryEditor({ entry, initial, onSaved, onClose }: Props) {
  const { t, words, lang } = useT(STRINGS);
  const [fields, setFields] = useState<EntryFields>(initial);
  const [tagsText, setTagsText] = useState(initial.tags.join(', '));
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const timer = useRef(0);
  const latest = useRef(fields);
  latest.current = fields;
  const ids = useId();

  const flushDraft = () => {
    clearTimeout(timer.current);
    const key = currentKey();
    if (!key) return;
    void saveDraft(key, { entryId: entry?.id ?? null, fields: latest.current, savedAt: new Date().toISOString() }).catch((error) =>
      setStatus(saveFailureMessage(error, lang)),
    );
  };

  const change = (patch: Partial<EntryFields>) => {
    setFields((current) => ({ ...current, ...patch }));
    clearTimeout(timer.current);
    timer.current = window.setTimeout(flushDraft, DRAFT_DELAY_MS);
  };

  useEffect(() => {
    const onHide = () => flushDraft();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      clearTimeout(timer.current);
    };
  }, []);

  const toggle = (category: Category, on: boolean) =>
    change({ categories: on ? [...fields.categories, category] : fields.categories.filter((c) => c !== category) });

  const save = async (event: Event) => {
    event.preventDefault();
    const key = currentKey();
    if (!key) return setStatus(t('lockedItself'));
    if (!fields.what.trim()) return setStatus(t('writeFirst'));
    clearTimeout(timer.current);
    setSaving(true);
    try {
      const id = entry?.id ?? newEntryId();
      const result = await saveRevision(key, id, fields, { expectedRevisions: entry?.revisions.length ?? 0, clearDraft: true });
      onSaved(result.entry, result.changedElsewhere);
    } catch (error) {
      // The text stays on screen and in the draft; nothing was changed in storage.
      setStatus(saveFailureMessage(error, lang));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={save} aria-busy={saving} class="entry-editor">
      <h1 id="haven-title">{t(entry ? 'editEntry' : 'newEntry')}</h1>
      <div class="field">
        <label for={`${ids}-what`}>{t('whatHappened')}</label>
        <textarea autoComplete="off" id={`${ids}-what`} rows={6} value={fields.what} onInput={(e) => change({ what: e.currentTarget.value })} autoFocus />
      </div>
      <div class="field">
        <label for={`${ids}-when`}>{t('whenItHappened')}</label>
        <input id={`${ids}-when`} type="datetime-local" value={fields.happenedAt} onInput={(e) => change({ happenedAt: e.currentTarget.value })} required />
      </div>
      <Field label={t('where')} value={fields.where} onInput={(where) => change({ where })} />
      <Field label={t('witnesses')} value={fields.who} onInput={(who) => change({ who })} />
      <fieldset>
        <legend>{t('whatKind')}</legend>
        {ALL_CATEGORIES.map((category) => (
          <label class="choice" key={category}>
            <input type="checkbox" checked={fields.categories.includes(category)} onChange={(e) => toggle(category, e.currentTarget.checked)} />
            {words.categories[category]}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`${ids}-felt`}>{t('howIFelt')}</label>
        <textarea autoComplete="off" id={`${ids}-felt`} rows={3} value={fields.felt} onInput={(e) => change({ felt: e.currentTarget.value })} />
      </div>
      <Field
        label={t('tagsLabel')}
        value={tagsText}
        onInput={(text) => {
          setTagsText(text);
          change({ tags: parseTags(text) });
        }}
      />
      {status && <p class="field-error" role="alert">{status}</p>}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>{saving ? t('saving') : t('saveEntry')}</button>
        <button
          type="button"
          onClick={() => {
            flushDraft();
            onClose();
          }}
        >
          {t('closeAsDraft')}
        </button>
      </div>
    </form>
  );
}
