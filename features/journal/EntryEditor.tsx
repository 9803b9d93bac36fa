import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { SaveProblem } from '@/components/SaveProblem';
import { useAutosave } from '@/components/useAutosave';
import { useSaving } from '@/components/useSaving';
import { newEntryId, saveDraft, saveRevision, type Category, type Draft, type Entry, type EntryFields } from '@/core/vault/journal';
import { useT } from '@/features/i18n/language';
import { ALL_CATEGORIES, parseTags } from './model';
import { STRINGS } from './strings';
import { PRIVATE_TEXT } from '@/components/private-text';
import { AttachFiles } from '@/features/attachments/AttachFiles';
import { AttachmentList } from '@/features/attachments/AttachmentList';
import { useAttaching } from '@/features/attachments/useAttaching';
import { withAttachments } from './model';

interface Props {
  vaultKey: CryptoKey;
  /** The entry being edited, or null for a new one. */
  entry: Entry | null;
  initial: EntryFields;
  /** Files a close interrupted while they were being added (from the draft): said, to add again. */
  unfinished?: string[];
  /** Begin by capturing the page Haven was opened over ("Capture this page" on Haven's home). */
  captureOnOpen?: boolean;
  /** A line to show at the top (why this entry is the one open). */
  notice?: string | null;
  onSaved: (entry: Entry, changedElsewhere: boolean) => void;
  onClose: () => void;
}

/**
 * Write or edit an entry. Every change goes into the encrypted draft at once (useAutosave), so a
 * closed popup, a lock or a quick close keeps every word; the next unlock offers the draft back.
 */
export function EntryEditor({ vaultKey, entry, initial, unfinished = [], captureOnOpen = false, notice = null, onSaved, onClose }: Props) {
  const { t, words } = useT(STRINGS);
  const [fields, setFields] = useState<EntryFields>(initial);
  // The newest fields, for a file that finishes adding after other changes were typed.
  const latest = useRef(fields);
  const [tagsText, setTagsText] = useState(initial.tags.join(', '));
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useAutosave<Draft>((value) => saveDraft(vaultKey, value));
  const saving = useSaving();
  const ids = useId();

  const change = (patch: Partial<EntryFields>) => replace({ ...latest.current, ...patch });
  // The file being added now, if any: the draft says so until the draft naming it is saved.
  const adding = useRef<string | null>(null);
  const replace = (next: EntryFields) => {
    latest.current = next;
    setFields(next);
    draft.update({ entryId: entry?.id ?? null, fields: next, savedAt: new Date().toISOString(), ...(adding.current ? { adding: [adding.current] } : {}) });
  };

  // A file's bytes are written first; the draft that names it is saved before the next one.
  const attaching = useAttaching(vaultKey, () => latest.current.attachments ?? [], {
    starting: async (name) => {
      adding.current = name;
      replace(latest.current);
      await draft.flush();
    },
    added: async (attachment) => {
      adding.current = null;
      replace(withAttachments(latest.current, [...(latest.current.attachments ?? []), attachment]));
      await draft.flush();
    },
    // A file that failed is not half-there: the draft stops saying it is being added.
    ended: () => {
      if (adding.current === null) return;
      adding.current = null;
      replace(latest.current);
    },
  });

  // Once, on opening: the same capture as the button, through the same add path.
  useEffect(() => {
    if (captureOnOpen) void attaching.capture();
  }, []);

  const toggle = (category: Category, on: boolean) =>
    change({ categories: on ? [...latest.current.categories, category] : latest.current.categories.filter((c) => c !== category) });

  const save = (event: Event) => {
    event.preventDefault();
    if (!fields.what.trim()) return setProblem(t('writeFirst'));
    setProblem(null);
    // On a failure the text stays on screen and in the draft; nothing was changed in storage.
    return saving.run(async () => {
      await draft.flush();
      const result = await saveRevision(vaultKey, entry?.id ?? newEntryId(), latest.current, { expectedRevisions: entry?.revisions.length ?? 0, clearDraft: true });
      onSaved(result.entry, result.changedElsewhere);
    });
  };

  return (
    <form onSubmit={save} aria-busy={saving.busy} class={attaching.dropping ? 'entry-editor dropping' : 'entry-editor'} {...attaching.handlers}>
      <h1 id="haven-title">{t(entry ? 'editEntry' : 'newEntry')}</h1>
      {notice && <p role="status" class="notice">{notice}</p>}
      <div class="field">
        <label for={`${ids}-what`}>{t('whatHappened')}</label>
        <textarea {...PRIVATE_TEXT} id={`${ids}-what`} rows={6} value={fields.what} onInput={(e) => change({ what: e.currentTarget.value })} autoFocus />
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
        <textarea {...PRIVATE_TEXT} id={`${ids}-felt`} rows={3} value={fields.felt} onInput={(e) => change({ felt: e.currentTarget.value })} />
      </div>
      <Field
        label={t('tagsLabel')}
        value={tagsText}
        onInput={(text) => {
          setTagsText(text);
          change({ tags: parseTags(text) });
        }}
      />
      <AttachmentList
        vaultKey={vaultKey}
        attachments={fields.attachments ?? []}
        onRemove={(removed) => replace(withAttachments(latest.current, (latest.current.attachments ?? []).filter((a) => a.id !== removed.id)))}
      />
      <AttachFiles attaching={attaching} unfinished={unfinished} />
      <SaveProblem problem={problem ?? saving.problem} />
      <SaveProblem problem={draft.problem} retry={draft.retry} />
      <div class="actions">
        <button type="submit" class="primary" disabled={saving.busy}>{saving.busy ? t('saving') : t('saveEntry')}</button>
        <button type="button" onClick={onClose}>
          {t('closeAsDraft')}
        </button>
      </div>
    </form>
  );
}
