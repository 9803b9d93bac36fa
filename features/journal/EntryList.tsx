import { useState } from 'preact/hooks';
import { useT } from '@/features/i18n/language';
import { ALL_CATEGORIES, type ListFilter } from './model';
import type { Category, EntrySummary } from '@/core/vault/journal';
import { formatHappened, formatWritten } from '@/core/i18n/dates';
import { STRINGS } from './strings';
import { PRIVATE_TEXT } from '@/components/private-text';

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

/**
 * Rendering thousands of rows at once would freeze the popup, so the list grows on request. The
 * popup shows about six rows; 50 keep scrolling smooth and make each search's redraw half the
 * work of 100 (measured by `npm run bench`).
 */
const PAGE = 50;

/** Search, filters, and the entries newest first by when it happened. */
export function EntryList({ loading, total, shown, progress, filter, onFilter, onOpen }: Props) {
  const { t, words, locale } = useT(STRINGS);
  const [limit, setLimit] = useState(PAGE);
  const set = (patch: Partial<ListFilter>) => {
    setLimit(PAGE);
    onFilter({ ...filter, ...patch });
  };
  return (
    <section aria-label={t('entries')} aria-busy={loading || progress !== null}>
      <div class="filters" role="search">
        <label class="field">
          <span>{t('search')}</span>
          <input type="search" {...PRIVATE_TEXT} value={filter.query} onInput={(e) => set({ query: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>{t('kind')}</span>
          <select value={filter.category} onChange={(e) => set({ category: e.currentTarget.value as Category | '' })}>
            <option value="">{t('allKinds')}</option>
            {ALL_CATEGORIES.map((category) => <option value={category} key={category}>{words.categories[category]}</option>)}
          </select>
        </label>
        <label class="field">
          <span>{t('from')}</span>
          <input type="date" value={filter.from} onInput={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>{t('to')}</span>
          <input type="date" value={filter.to} onInput={(e) => set({ to: e.currentTarget.value })} />
        </label>
      </div>
      <p class="note" role="status">
        {loading
          ? t('opening')
          : total === 0
            ? t('nothingYet')
            : shown === null
              ? t('searching', { opened: progress?.opened ?? 0, total: progress?.total ?? total })
              : t('shownOf', { shown: shown.length, total })}
      </p>
      <ul class="entry-list">
        {shown?.slice(0, limit).map((summary) => (
          <li key={summary.id}>
            <button type="button" class="entry-item" onClick={() => onOpen(summary.id)}>
              <span class="entry-when">{formatHappened(summary.happenedAt, locale)}</span>
              <span class="entry-summary">{summary.snippet}</span>
              <span class="note">
                {t('written', { date: formatWritten(summary.firstWritten, locale) })}
                {summary.edited && ` · ${t('edited')}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {shown && shown.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('showMore', { count: Math.min(PAGE, shown.length - limit) })}
        </button>
      )}
    </section>
  );
}
