import { useState } from 'preact/hooks';
import { useT } from '@/features/i18n/language';
import { ALL_CATEGORIES, currentFields, firstWritten, isEdited, type ListFilter } from './model';
import type { Category, Entry } from '@/core/vault/journal';
import { formatHappened, formatWritten } from './format';
import { STRINGS } from './strings';

interface Props {
  loading: boolean;
  total: number;
  shown: Entry[];
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  onOpen: (id: string) => void;
}

/** Search, filters, and the entries newest first by when it happened. */
/** Rendering thousands of rows at once would freeze the popup; the list grows on request. */
const PAGE = 100;

export function EntryList({ loading, total, shown, filter, onFilter, onOpen }: Props) {
  const { t, words, locale } = useT(STRINGS);
  const [limit, setLimit] = useState(PAGE);
  const set = (patch: Partial<ListFilter>) => {
    setLimit(PAGE);
    onFilter({ ...filter, ...patch });
  };
  return (
    <section aria-label={t('entries')}>
      <div class="filters" role="search">
        <label class="field">
          <span>{t('search')}</span>
          <input type="search" value={filter.query} onInput={(e) => set({ query: e.currentTarget.value })} />
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
        {loading ? t('opening') : total === 0 ? t('nothingYet') : t('shownOf', { shown: shown.length, total })}
      </p>
      <ul class="entry-list">
        {shown.slice(0, limit).map((entry) => {
          const fields = currentFields(entry)!;
          return (
            <li key={entry.id}>
              <button type="button" class="entry-item" onClick={() => onOpen(entry.id)}>
                <span class="entry-when">{formatHappened(fields.happenedAt, locale)}</span>
                <span class="entry-summary">{fields.what.slice(0, 120)}</span>
                <span class="note">
                  {t('written', { date: formatWritten(firstWritten(entry), locale) })}
                  {isEdited(entry) && ` · ${t('edited')}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('showMore', { count: Math.min(PAGE, shown.length - limit) })}
        </button>
      )}
    </section>
  );
}
