import { LANGS } from '@/core/i18n/translate';
import { CATEGORIES, type Category, type Entry, type EntryFields, type EntrySummary } from '@/core/vault/journal';
import { STRINGS } from './strings';

/** The journal's pure logic: what the list shows, search, filters and patterns. No UI, no storage. */

/** A kind's name in every language, so a search finds it whichever language it is typed in. */
const CATEGORY_WORDS = Object.fromEntries(
  CATEGORIES.map((category) => [category, LANGS.map((lang) => STRINGS[lang].categories[category]).join(' ')]),
) as Record<Category, string>;

/** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local field holds it. */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyFields(now = new Date()): EntryFields {
  return { happenedAt: localDateTime(now), what: '', where: '', who: '', categories: [], felt: '', tags: [] };
}

/**
 * The fields with these files: none means no `attachments` key at all, so an entry without
 * files keeps exactly the JSON (and digest) it always had.
 */
export function withAttachments(fields: EntryFields, attachments: EntryFields['attachments'] & object): EntryFields {
  const rest = { ...fields };
  delete rest.attachments;
  return attachments.length ? { ...rest, attachments } : rest;
}

export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** The entry as it reads now (its latest revision), or null when deleted. */
export function currentFields(entry: Entry): EntryFields | null {
  return entry.revisions.at(-1)?.fields ?? null;
}

export function firstWritten(entry: Entry): string {
  return entry.revisions[0]?.writtenAt ?? '';
}

export function isEdited(entry: Entry): boolean {
  return entry.revisions.filter((revision) => revision.fields !== null).length > 1;
}

/** Plain code-unit order: right for ISO dates, and far quicker than localeCompare on 10,000. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Entries that are not deleted, newest first by when it happened. */
export function visibleSummaries(summaries: EntrySummary[]): EntrySummary[] {
  return summaries
    .filter((summary) => !summary.deleted)
    .sort((a, b) => compareText(b.happenedAt, a.happenedAt) || compareText(b.firstWritten, a.firstWritten));
}

export interface ListFilter {
  query: string;
  category: Category | '';
  /** `YYYY-MM-DD`, inclusive; '' for open-ended. */
  from: string;
  to: string;
}

export const NO_FILTER: ListFilter = { query: '', category: '', from: '', to: '' };

/**
 * Every field of the entry as it reads now, in one lower-case string: what search looks in.
 * '' for a deleted entry. Made once per entry as the entries open (see useJournal), not on
 * each search: at 10,000 entries making them takes longer than the search budget.
 */
export function searchText(entry: Entry): string {
  const fields = currentFields(entry);
  if (!fields) return '';
  return [fields.what, fields.where, fields.who, fields.felt, fields.tags.join(' '), fields.categories.map((c) => CATEGORY_WORDS[c]).join(' ')]
    .join('\n')
    .toLocaleLowerCase();
}

/**
 * The entries that match the filter, in the order given. Kind and dates need only the
 * summaries; words need every entry's search text (`texts`, by id), so with words and no
 * texts yet the answer is null: not known yet. A plain loop: this runs on every keystroke
 * over the whole journal.
 */
export function filterSummaries(sorted: EntrySummary[], filter: ListFilter, texts: ReadonlyMap<string, string> | null): EntrySummary[] | null {
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > 0 && !texts) return null;
  const dated = filter.from !== '' || filter.to !== '';
  const shown: EntrySummary[] = [];
  for (const summary of sorted) {
    if (filter.category && !summary.categories.includes(filter.category)) continue;
    if (dated) {
      const day = summary.happenedAt.slice(0, 10);
      if ((filter.from && day < filter.from) || (filter.to && day > filter.to)) continue;
    }
    if (words.length > 0 && !containsAll(texts!.get(summary.id) ?? '', words)) continue;
    shown.push(summary);
  }
  return shown;
}

function containsAll(text: string, words: string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

export interface MonthRow {
  /** `YYYY-MM` */
  month: string;
  total: number;
  byCategory: Partial<Record<Category, number>>;
}

/** Entries per month, by category, oldest month first, with empty months in between. */
export function entriesPerMonth(sorted: EntrySummary[]): MonthRow[] {
  const rows = new Map<string, MonthRow>();
  for (const summary of sorted) {
    const month = summary.happenedAt.slice(0, 7);
    const row = rows.get(month) ?? { month, total: 0, byCategory: {} };
    row.total += 1;
    for (const category of summary.categories) row.byCategory[category] = (row.byCategory[category] ?? 0) + 1;
    rows.set(month, row);
  }
  const months = [...rows.keys()].sort();
  if (months.length === 0) return [];
  const result: MonthRow[] = [];
  for (let month = months[0]!; month <= months.at(-1)!; month = nextMonth(month)) {
    result.push(rows.get(month) ?? { month, total: 0, byCategory: {} });
  }
  return result;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

export interface QuietStretch {
  days: number;
  from: string;
  to: string;
}

/** The longest time between two recorded incidents, in whole days. */
export function longestQuietStretch(sorted: EntrySummary[]): QuietStretch | null {
  const days = [...new Set(sorted.map((summary) => summary.happenedAt.slice(0, 10)))].sort();
  let best: QuietStretch | null = null;
  for (let i = 1; i < days.length; i++) {
    const gap = Math.round((Date.parse(days[i]!) - Date.parse(days[i - 1]!)) / 86_400_000);
    if (!best || gap > best.days) best = { days: gap, from: days[i - 1]!, to: days[i]! };
  }
  return best;
}

export const ALL_CATEGORIES = CATEGORIES;
