import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onLock } from '@/core/session';
import { searchText } from './model';
import { removeOrphanChunks } from '@/core/vault/attachments';
import { indexMatches, loadDraft, loadEntry, readHead, openJournal, openList, rebuildIndex, summarize, type Entry, type EntrySummary, type Finding, type RecordProblem } from '@/core/vault/journal';
import { listedIds } from '@/core/vault/record-check';
import { checkRecord } from '@/core/vault/record-notes';

export interface JournalState {
  /** One summary per entry (deleted ones too): from the index at first, then from the entries. */
  summaries: EntrySummary[];
  /** False until the list can be shown. */
  listReady: boolean;
  /** Every entry, decrypted, once all are open; null until then. */
  entries: Map<string, Entry> | null;
  /** Each entry's search text by id, made as the entries open; null until all are open. */
  texts: ReadonlyMap<string, string> | null;
  /** How far opening every entry has come, while it runs. */
  progress: { opened: number; total: number } | null;
  problems: RecordProblem[];
  /** What the check on opening found this time, and whether it is now noted in the record. */
  record: { found: Finding[]; noted: boolean; after: string };
  /** Replace one entry after a save (no need to decrypt everything again). */
  put: (entry: Entry) => void;
  /** One entry, from memory when everything is open, else from storage. */
  get: (id: string) => Promise<Entry | null>;
}

/**
 * The journal while unlocked: the list from the small encrypted index at once, then every entry
 * opened in the background for search. All of it is dropped the moment the session locks (the
 * shell also takes the journal's screen away then).
 */
export function useJournal(key: CryptoKey): JournalState {
  const [summaries, setSummaries] = useState<EntrySummary[]>([]);
  const [listReady, setListReady] = useState(false);
  const [entries, setEntries] = useState<Map<string, Entry> | null>(null);
  const [texts, setTexts] = useState<ReadonlyMap<string, string> | null>(null);
  const [progress, setProgress] = useState<JournalState['progress']>(null);
  const [problems, setProblems] = useState<RecordProblem[]>([]);
  const [record, setRecord] = useState<JournalState['record']>({ found: [], noted: false, after: '' });
  // Entries saved in this view while everything was still opening: newer than what was read.
  const savedHere = useRef(new Map<string, Entry>());
  // The list index is read from the first render on, while the rest of the journal's screen is
  // still being drawn, rather than from the effect after it (measured: ~25 ms sooner at 10,000).
  const [listRead] = useState(() => openList(key).catch(() => null));

  useEffect(() => {
    let cancelled = false;
    const stop = onLock(() => {
      cancelled = true;
      savedHere.current.clear();
      setSummaries([]);
      setEntries(null);
      setTexts(null);
      setProblems([]);
      setRecord({ found: [], noted: false, after: '' });
      setProgress(null);
    });
    void (async () => {
      const list = await listRead;
      if (cancelled) return;
      if (list?.summaries) {
        setSummaries(list.summaries);
        setListReady(true);
      }
      setProgress({ opened: 0, total: list?.summaries?.length ?? 0 });
      // Search texts are made batch by batch while the next batch is read, so they are ready
      // when the last entry opens rather than on the first search.
      const searchTexts = new Map<string, string>();
      const opened = await openJournal(key, (done, total, batch) => {
        if (cancelled) return;
        for (const entry of batch) searchTexts.set(entry.id, searchText(entry));
        setProgress({ opened: done, total });
      });
      if (cancelled) return;
      const all = new Map(opened.entries.map((entry) => [entry.id, entry]));
      for (const [id, entry] of savedHere.current) {
        if (entry.revisions.length < (all.get(id)?.revisions.length ?? 0)) continue;
        all.set(id, entry);
        searchTexts.set(id, searchText(entry));
      }
      setEntries(all);
      setTexts(searchTexts);
      setSummaries([...all.values()].map(summarize));
      setProblems(opened.problems);
      setProgress(null);
      setListReady(true);
      // The check on opening (issue #23), before the index is written again: the index as it was
      // is what tells an entry gone or one added behind the journal's back.
      const checked = await checkRecord(key, opened, listedIds(list)).catch(() => null);
      if (cancelled) return;
      if (checked?.found.length) setRecord({ found: checked.found, noted: checked.head !== undefined, after: checked.after });
      const head = checked?.head ?? opened.head;
      // Files whose adding was cut short (a close part-way) are named by nothing: clear them,
      // once every entry opened (one that did not may name some).
      const seen = head?.seq;
      if (opened.problems.length === 0 && seen !== undefined) {
        const now = async () => ({ unchanged: !cancelled && (await readHead(key)).seq === seen, draft: await loadDraft(key) });
        void removeOrphanChunks(opened.entries, now).catch(() => undefined);
      }
      // The index is derived data: when it is missing or differs from the entries, write it again.
      if (head && !indexMatches(checked?.head ? null : (list?.summaries ?? null), opened.entries)) {
        void rebuildIndex(key, opened.entries, head.seq).catch(() => undefined);
      }
    })();
    return stop;
  }, []);

  const put = useCallback((entry: Entry) => {
    savedHere.current.set(entry.id, entry);
    setEntries((all) => (all ? new Map(all).set(entry.id, entry) : all));
    setTexts((all) => (all ? new Map(all).set(entry.id, searchText(entry)) : all));
    setSummaries((list) => [...list.filter((candidate) => candidate.id !== entry.id), summarize(entry)]);
  }, []);

  const get = useCallback(
    async (id: string) => {
      const known = savedHere.current.get(id) ?? entries?.get(id);
      if (known) return known;
      return loadEntry(key, id).catch(() => null);
    },
    [entries, key],
  );

  return { summaries, listReady, entries, texts, progress, problems, record, put, get };
}
