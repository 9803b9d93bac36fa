import { useState } from 'preact/hooks';
import { ALL_CATEGORIES, CATEGORY_LABELS, type ListFilter } from './model';
import type { Category, EntrySummary } from '@/core/vault/journal';
import { formatHappened, formatWritten } from './format';

interface Props {
  loading: boolean;
  total: number;
  /** null: words were typed and the entries are still opening. */
  shown: EntrySummary[] | null;
  /** Opening every entry (for search), while it runs. */
  progress: { opened: number; total: number } | null;
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  onOpen: (id: string) => void;
}

/** Search, filters, and the entries newest first by when it happened. */
/** Rendering thousands of rows at once would freeze the popup; the list grows on request. */
const PAGE = 100;

export function EntryList({ loading, total, shown, progress, filter, onFilter, onOpen }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const set = (patch: Partial<ListFilter>) => {
    setLimit(PAGE);
    onFilter({ ...filter, ...patch });
  };
  return (
    <section aria-label="Entries" aria-busy={loading || progress !== null}>
      <div class="filters" role="search">
        <label class="field">
          <span>Search</span>
          <input type="search" value={filter.query} onInput={(e) => set({ query: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>Kind</span>
          <select value={filter.category} onChange={(e) => set({ category: e.currentTarget.value as Category | '' })}>
            <option value="">All kinds</option>
            {ALL_CATEGORIES.map((category) => <option value={category} key={category}>{CATEGORY_LABELS[category]}</option>)}
          </select>
        </label>
        <label class="field">
          <span>From</span>
          <input type="date" value={filter.from} onInput={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>To</span>
          <input type="date" value={filter.to} onInput={(e) => set({ to: e.currentTarget.value })} />
        </label>
      </div>
      <p class="note" role="status">
        {loading
          ? 'Opening…'
          : total === 0
            ? 'Nothing written yet. When you are ready, "New entry" is here.'
            : shown === null
              ? `Searching… ${progress?.opened ?? 0} of ${progress?.total ?? total} entries opened so far.`
              : `${shown.length} of ${total} entries`}
      </p>
      <ul class="entry-list">
        {shown?.slice(0, limit).map((summary) => (
          <li key={summary.id}>
            <button type="button" class="entry-item" onClick={() => onOpen(summary.id)}>
              <span class="entry-when">{formatHappened(summary.happenedAt)}</span>
              <span class="entry-summary">{summary.snippet}</span>
              <span class="note">
                Written {formatWritten(summary.firstWritten)}
                {summary.edited && ' · edited'}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {shown && shown.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, shown.length - limit)} more
        </button>
      )}
    </section>
  );
}
