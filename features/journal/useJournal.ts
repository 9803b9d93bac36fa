import { useCallback, useEffect, useState } from 'preact/hooks';
import { currentKey, onLock } from '@/core/session';
import { openJournal, type Entry, type RecordProblem } from '@/core/vault/journal';

export interface JournalState {
  entries: Entry[];
  problems: RecordProblem[];
  loading: boolean;
  /** Replace one entry after a save (no need to decrypt everything again). */
  put: (entry: Entry) => void;
  reload: () => Promise<void>;
}

/** The decrypted journal, held only while unlocked; dropped the moment the session locks. */
export function useJournal(): JournalState {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [problems, setProblems] = useState<RecordProblem[]>([]);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    const key = currentKey();
    if (!key) return;
    setLoading(true);
    const opened = await openJournal(key);
    setEntries(opened.entries);
    setProblems(opened.problems);
    setLoading(false);
  }, []);

  useEffect(() => {
    void reload();
    return onLock(() => {
      setEntries([]);
      setProblems([]);
    });
  }, [reload]);

  const put = useCallback((entry: Entry) => {
    setEntries((list) => [...list.filter((candidate) => candidate.id !== entry.id), entry]);
  }, []);

  return { entries, problems, loading, put, reload };
}
