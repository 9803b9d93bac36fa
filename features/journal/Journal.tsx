import { useEffect, useMemo, useState } from 'preact/hooks';
import type { UnlockedScreenProps } from '@/components/screen';
import { useSaving } from '@/components/useSaving';
import { clearDraft, loadDraft, type Draft, type Entry, type EntryFields } from '@/core/vault/journal';
import { ChangePassphrase } from './ChangePassphrase';
import { EntryDetail } from './EntryDetail';
import { EntryEditor } from './EntryEditor';
import { EntryList } from './EntryList';
import { formatWritten } from '@/core/i18n/dates';
import { currentFields, emptyFields, filterSummaries, NO_FILTER, visibleSummaries, type ListFilter } from './model';
import { useT } from '@/features/i18n/language';
import { Patterns } from './Patterns';
import { RecordNotice } from '@/features/record/RecordNotice';
import { useJournal } from './useJournal';
import { STRINGS } from './strings';
import './journal.css';

type Screen =
  | { kind: 'list' }
  | { kind: 'editor'; entry: Entry | null; initial: EntryFields; unfinished?: string[]; capture?: boolean; notice?: string }
  | { kind: 'opening' }
  | { kind: 'detail'; entry: Entry }
  | { kind: 'patterns' }
  | { kind: 'passphrase' };

/**
 * The journal, given the key by Haven's shell (which shows the passphrase gate before it, and
 * takes it away when the session locks; the draft survives that, encrypted):
 *
 *   list ──▶ editor / detail / patterns / passphrase, and the report (its own screen)
 */
export function Journal({ vaultKey, go, start }: UnlockedScreenProps) {
  const { t, locale } = useT(STRINGS);
  const journal = useJournal(vaultKey);
  // Asked from Haven's home to begin with "Capture this page" (given to this first showing only).
  const [captureFirst] = useState(start === 'capture');
  const [screen, setScreen] = useState<Screen>(captureFirst ? { kind: 'opening' } : { kind: 'list' });
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // "New entry" or "Edit" was asked for while a draft waits: there is one draft, and it would be written over.
  const [draftInTheWay, setDraftInTheWay] = useState(false);
  const discarding = useSaving();

  useEffect(() => void loadDraft(vaultKey).then((found) => (captureFirst ? captureInto(found) : setDraft(found))), [vaultKey]);
  // Back on the list, the draft as stored now (one just kept by "Close (keep as draft)", or
  // written in another window), so "Continue writing" is offered without opening again.
  useEffect(() => {
    if (screen.kind === 'list') void loadDraft(vaultKey).then(setDraft);
  }, [vaultKey, screen.kind]);

  // The capture goes into a new entry; with an unsaved one waiting, into that one instead (a new
  // entry would write over its draft, and nothing she wrote may be lost).
  const captureInto = async (found: Draft | null) => {
    if (!found) return setScreen({ kind: 'editor', entry: null, initial: emptyFields(), capture: true });
    const entry = found.entryId ? await journal.get(found.entryId) : null;
    setScreen({ kind: 'editor', entry, initial: found.fields, unfinished: found.adding, capture: true, notice: t('captureIntoDraft') });
  };

  const sorted = useMemo(() => visibleSummaries(journal.summaries), [journal.summaries]);
  const shown = useMemo(() => filterSummaries(sorted, filter, journal.texts), [sorted, filter, journal.texts]);

  const openEntry = async (id: string) => {
    const entry = await journal.get(id);
    if (entry) setScreen({ kind: 'detail', entry });
  };
  const resume = async (waiting: Draft) => {
    const entry = waiting.entryId ? await journal.get(waiting.entryId) : null;
    setScreen({ kind: 'editor', entry, initial: waiting.fields, unfinished: waiting.adding });
    setDraft(null);
    setDraftInTheWay(false);
  };
  const resumeDraft = () => (draft ? resume(draft) : undefined);
  const discardDraft = () =>
    discarding.run(async () => {
      await clearDraft(vaultKey);
      setDraft(null);
      setDraftInTheWay(false);
    });
  // A new entry or an edit would take the one draft's place: with a draft waiting, its own entry's
  // edit continues it, and anything else asks her to finish or discard it first.
  const startEditing = async (entry: Entry | null) => {
    const waiting = await loadDraft(vaultKey);
    if (!waiting) return setScreen({ kind: 'editor', entry, initial: entry ? currentFields(entry)! : emptyFields() });
    if (entry && waiting.entryId === entry.id) return resume(waiting);
    setDraft(waiting);
    setDraftInTheWay(true);
    setScreen({ kind: 'list' });
  };

  if (screen.kind === 'editor') {
    return (
      <EntryEditor
        vaultKey={vaultKey}
        entry={screen.entry}
        initial={screen.initial}
        unfinished={screen.unfinished ?? []}
        captureOnOpen={screen.capture ?? false}
        notice={screen.notice ?? null}
        onClose={() => setScreen({ kind: 'list' })}
        onSaved={(entry, changedElsewhere) => {
          journal.put(entry);
          setNotice(t(changedElsewhere ? 'savedElsewhere' : 'saved'));
          setScreen({ kind: 'detail', entry });
        }}
      />
    );
  }
  if (screen.kind === 'detail') {
    const { entry } = screen;
    if (!currentFields(entry)) return <BackToList onBack={() => setScreen({ kind: 'list' })} />;
    return (
      <>
        {notice && <p role="status" class="notice">{notice}</p>}
        <EntryDetail
          vaultKey={vaultKey}
          entry={entry}
          onEdit={() => void startEditing(entry)}
          onChanged={(changed) => {
            journal.put(changed);
            setScreen({ kind: 'detail', entry: changed });
          }}
          onBack={() => {
            setNotice(null);
            setScreen({ kind: 'list' });
          }}
        />
      </>
    );
  }
  if (screen.kind === 'patterns') {
    return (
      <>
        <Patterns sorted={sorted} />
        <BackToList onBack={() => setScreen({ kind: 'list' })} />
      </>
    );
  }
  if (screen.kind === 'passphrase') return <ChangePassphrase onDone={() => setScreen({ kind: 'list' })} />;
  if (screen.kind === 'opening') return <p role="status">{t('opening')}</p>;

  return (
    <>
      <h1 id="haven-title">{t('title')}</h1>
      {draft && (
        <div role="status" class="notice">
          <p>{t('draftFrom', { date: formatWritten(draft.savedAt, locale) })}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void resumeDraft()}>{t('continueWriting')}</button>
            <button type="button" onClick={() => void discardDraft()}>{t('discardDraft')}</button>
          </div>
          {draftInTheWay && <p role="alert">{t('draftInTheWay')}</p>}
          {discarding.problem && <p class="field-error" role="alert">{discarding.problem}</p>}
        </div>
      )}
      <RecordNotice {...journal.record} />
      {journal.problems.length > 0 && (
        <p role="alert" class="notice">
          {t('unreadable', { count: journal.problems.length })}
          {journal.problems.some((p) => p.reason === 'newer-version') ? t('unreadableNewer') : ''}{t('unreadableKept')}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => void startEditing(null)}>{t('newEntry')}</button>
        <button type="button" onClick={() => setScreen({ kind: 'patterns' })}>{t('patterns')}</button>
        <button type="button" onClick={() => setScreen({ kind: 'passphrase' })}>{t('changePassphrase')}</button>
      </div>
      <div class="actions">
        <button type="button" onClick={() => go('report')}>{t('makeAReport')}</button>
      </div>
      <EntryList
        loading={!journal.listReady}
        total={sorted.length}
        shown={shown}
        progress={journal.progress}
        filter={filter}
        onFilter={setFilter}
        onOpen={(id) => void openEntry(id)}
      />
    </>
  );
}

function BackToList({ onBack }: { onBack: () => void }) {
  const { t } = useT(STRINGS);
  return (
    <div class="actions">
      <button type="button" onClick={onBack}>{t('backToList')}</button>
    </div>
  );
}
