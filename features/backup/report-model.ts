import { summarize, type Category, type ChainCheck, type Entry, type EntryFields } from '@/core/vault/journal';
import { formatHappened, formatWritten } from '@/features/journal/format';
import { STRINGS as JOURNAL_STRINGS } from '@/features/journal/strings';
import { ALL_CATEGORIES, currentFields, entriesPerMonth, firstWritten, type MonthRow } from '@/features/journal/model';

const CATEGORY_LABELS = JOURNAL_STRINGS.en.categories;

/**
 * The evidence report as data: which entries, in which order, with every time they were
 * written or edited, the summary, and the hash chain's digest; then the same as a list of
 * text blocks that report-pdf.ts only lays out. Pure, so every word is tested without a PDF.
 */

export interface ReportFilter {
  /** `YYYY-MM-DD`, inclusive; '' for open-ended. */
  from: string;
  to: string;
  /** Kinds to include. An entry appears when it has one of them; one with no kind only when every kind is chosen. */
  categories: readonly Category[];
}

export interface ReportVersion {
  /** When this version was saved (ISO, UTC). */
  at: string;
  /** Its place in the journal's hash chain, and the start of its hash. */
  seq: number;
  hash: string;
  /** This version deleted the entry (it was written again later). */
  deleted: boolean;
}

export interface ReportEntry {
  fields: EntryFields;
  written: ReportVersion;
  edits: ReportVersion[];
}

export interface CategoryCount {
  label: string;
  count: number;
}

export interface Report {
  name: string;
  generatedAt: string;
  /** The dates the report covers: as chosen, or the first and last event shown. */
  from: string;
  to: string;
  /** Every kind is included. */
  allKinds: boolean;
  kinds: string[];
  entries: ReportEntry[];
  /** Entries in the whole journal (not deleted), to say "N of M". */
  journalTotal: number;
  byCategory: CategoryCount[];
  byMonth: MonthRow[];
  chain: ChainCheck;
  /** Records that could not be opened (kept untouched, not in the report). */
  unreadable: number;
}

export interface ReportInput {
  entries: Entry[];
  chain: ChainCheck;
  unreadable: number;
}

export function matchesFilter(fields: EntryFields, filter: ReportFilter): boolean {
  const day = fields.happenedAt.slice(0, 10);
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  if (filter.categories.length === ALL_CATEGORIES.length) return true;
  return fields.categories.some((category) => filter.categories.includes(category));
}

function version(seq: number, at: string, hash: string, deleted: boolean): ReportVersion {
  return { seq, at, hash, deleted };
}

export function buildReport(input: ReportInput, filter: ReportFilter, name = '', now = new Date()): Report {
  const visible = input.entries.filter((entry) => currentFields(entry) !== null);
  // Oldest first by when it happened; two at the same moment in the order they were written.
  const chosen = visible
    .filter((entry) => matchesFilter(currentFields(entry)!, filter))
    .sort((a, b) => currentFields(a)!.happenedAt.localeCompare(currentFields(b)!.happenedAt) || firstWritten(a).localeCompare(firstWritten(b)));
  const entries = chosen.map((entry): ReportEntry => {
    const [first, ...later] = entry.revisions;
    return {
      fields: currentFields(entry)!,
      written: version(first!.seq, first!.writtenAt, first!.hash, false),
      edits: later.map((revision) => version(revision.seq, revision.writtenAt, revision.hash, revision.fields === null)),
    };
  });
  const counts = new Map<Category, number>();
  let noKind = 0;
  for (const { fields } of entries) {
    if (fields.categories.length === 0) noKind += 1;
    for (const category of fields.categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const byCategory = ALL_CATEGORIES.filter((category) => counts.has(category)).map((category) => ({ label: CATEGORY_LABELS[category], count: counts.get(category)! }));
  if (noKind > 0) byCategory.push({ label: 'No kind given', count: noKind });
  const days = entries.map((entry) => entry.fields.happenedAt.slice(0, 10));
  return {
    name: name.trim(),
    generatedAt: now.toISOString(),
    from: filter.from || days[0] || '',
    to: filter.to || days.at(-1) || '',
    allKinds: filter.categories.length === ALL_CATEGORIES.length,
    kinds: ALL_CATEGORIES.filter((category) => filter.categories.includes(category)).map((category) => CATEGORY_LABELS[category]),
    entries,
    journalTotal: visible.length,
    byCategory,
    byMonth: entriesPerMonth(chosen.map(summarize)),
    chain: input.chain,
    unreadable: input.unreadable,
  };
}

/** Characters the standard PDF fonts (Windows-1252, "WinAnsi") can show besides Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function showable(codePoint: number): boolean {
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRA.has(String.fromCodePoint(codePoint));
}

/**
 * Text the report's font can show: Spanish, French, German… pass as they are; anything else
 * (emoji, Hebrew, Arabic, Chinese…) is written as its code points, a run at a time, e.g.
 * "[U+1F600]" or "[U+05E9 U+05DC]", so nothing is dropped silently and no entry is lost.
 */
export function printable(text: string): string {
  let out = '';
  let run: string[] = [];
  const flush = () => {
    if (run.length) out += `[${run.join(' ')}]`;
    run = [];
  };
  for (const char of text.replace(/\t/g, ' ')) {
    const codePoint = char.codePointAt(0)!;
    if (showable(codePoint)) {
      flush();
      out += char;
    } else {
      run.push(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`);
    }
  }
  flush();
  return out;
}

/** One piece of the laid-out report. `page` starts a new page; `entry` starts a new entry. */
export type Block =
  | { kind: 'page' }
  | { kind: 'title' | 'heading' | 'entry' | 'label' | 'text' | 'note' | 'mono'; text: string };

export interface ReportFormat {
  /** A `YYYY-MM-DDTHH:mm` local time as typed. */
  happened: (local: string) => string;
  /** An ISO timestamp. */
  written: (iso: string) => string;
  /** `YYYY-MM-DD`. */
  day: (day: string) => string;
  /** `YYYY-MM`. */
  month: (month: string) => string;
  timeZone: string;
}

export const LOCAL_FORMAT: ReportFormat = {
  happened: (local) => formatHappened(local, 'en'),
  written: (iso) => formatWritten(iso, 'en'),
  day: (day) => new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(`${day}T12:00`)),
  month: (month) => new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(new Date(`${month}-15T12:00`)),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
};

export const FONT_NOTE = 'Characters this font cannot show (such as emoji or some alphabets) are written as code points, like [U+1F600]; the backup holds the exact text.';

const text = (kind: Exclude<Block['kind'], 'page'>, value: string): Block => ({ kind, text: printable(value) });

function versionLine(label: string, v: ReportVersion, format: ReportFormat): string {
  return `${label} ${format.written(v.at)} (version ${v.seq}, ${v.hash.slice(0, 12)})`;
}

/** The whole report as blocks: cover, summary, then the entries in the order they happened. */
export function reportBlocks(report: Report, format: ReportFormat = LOCAL_FORMAT): Block[] {
  const blocks: Block[] = [text('title', 'A record of events')];
  if (report.name) blocks.push(text('text', `Kept by ${report.name}`));
  const range = report.from || report.to ? `From ${report.from ? format.day(report.from) : 'the first entry'} to ${report.to ? format.day(report.to) : 'the last entry'}` : 'No dates';
  blocks.push(
    text('text', range),
    text('text', `Made on ${format.written(report.generatedAt)}`),
    text('text', `${report.entries.length} ${report.entries.length === 1 ? 'entry' : 'entries'} of ${report.journalTotal} in the journal. Kinds: ${report.allKinds ? 'all' : report.kinds.join(', ') || 'none chosen'}.`),
    text('heading', 'Checking that nothing was changed'),
    text('text', 'Every saved version of every entry is kept, with the time it was saved. Each version has a SHA-256 hash that covers its words, its time and the hash of the version saved before it, so changing, removing or reordering any version changes every hash after it.'),
    text('text', report.chain.intact
      ? `The check passed: all ${report.chain.length} versions follow each other unchanged.`
      : `The check found a problem: ${report.chain.problem ?? 'the chain does not add up'}.`),
    text('label', 'Last hash of the chain'),
    text('mono', report.chain.digest),
    text('note', 'The same journal, or its backup, gives this same hash when checked again; a different hash means something changed after this report was made.'),
  );
  if (report.unreadable > 0) {
    blocks.push(text('note', `${report.unreadable} ${report.unreadable === 1 ? 'record' : 'records'} could not be opened and ${report.unreadable === 1 ? 'is' : 'are'} not in this report. ${report.unreadable === 1 ? 'It is' : 'They are'} kept unchanged.`));
  }
  blocks.push(
    text('note', `Times are the local time of the computer this report was made on (${format.timeZone}).`),
    text('note', FONT_NOTE),
    { kind: 'page' },
    text('heading', 'Summary'),
    text('label', 'Entries by kind (an entry can have more than one)'),
  );
  if (report.byCategory.length === 0) blocks.push(text('text', 'None.'));
  for (const row of report.byCategory) blocks.push(text('text', `${row.label}: ${row.count}`));
  blocks.push(text('label', 'Entries by month'));
  if (report.byMonth.length === 0) blocks.push(text('text', 'None.'));
  for (const row of report.byMonth) {
    const kinds = (Object.entries(row.byCategory) as [Category, number][]).map(([category, count]) => `${CATEGORY_LABELS[category]} ${count}`);
    blocks.push(text('text', `${format.month(row.month)}: ${row.total}${kinds.length ? ` (${kinds.join(', ')})` : ''}`));
  }
  blocks.push({ kind: 'page' }, text('heading', 'Entries, in the order they happened'));
  report.entries.forEach((entry, index) => {
    const { fields } = entry;
    blocks.push(text('entry', `${index + 1}. ${format.happened(fields.happenedAt)}`));
    blocks.push(text('note', versionLine('Written', entry.written, format)));
    for (const edit of entry.edits) blocks.push(text('note', versionLine(edit.deleted ? 'Deleted' : 'Edited', edit, format)));
    if (fields.categories.length) blocks.push(text('text', `Kind: ${fields.categories.map((category) => CATEGORY_LABELS[category]).join(', ')}`));
    if (fields.where) blocks.push(text('text', `Where: ${fields.where}`));
    if (fields.who) blocks.push(text('text', `Who was there: ${fields.who}`));
    blocks.push(text('label', 'What happened'));
    for (const paragraph of (fields.what || '(nothing written)').split(/\r?\n/)) blocks.push(text('text', paragraph));
    if (fields.felt) {
      blocks.push(text('label', 'How I felt'));
      for (const paragraph of fields.felt.split(/\r?\n/)) blocks.push(text('text', paragraph));
    }
    if (fields.tags.length) blocks.push(text('text', `Tags: ${fields.tags.join(', ')}`));
  });
  if (report.entries.length === 0) blocks.push(text('text', 'No entries match the dates and kinds chosen.'));
  return blocks;
}

/** A file name that says nothing about what is inside. */
export function reportFileName(now = new Date()): string {
  return `document-${now.toISOString().slice(0, 10)}.pdf`;
}
