import { summarize, type Category, type ChainCheck, type ChainProblem, type Entry, type EntryFields, type ImportMark } from '@/core/vault/journal';
import { fingerprintOf, formatFingerprint } from '@/core/vault/fingerprint';
import { provenanceOf } from '@/core/vault/provenance';
import { findingText } from '@/features/record/findings';
import { STRINGS as RECORD_STRINGS } from '@/features/record/strings';
import { translator, type Lang, type Params, type TextKey } from '@/core/i18n/translate';
import { formatHappened, formatWritten } from '@/core/i18n/dates';
import { STRINGS as JOURNAL_STRINGS } from '@/features/journal/strings';
import { ALL_CATEGORIES, currentFields, entriesPerMonth, firstWritten, type MonthRow } from '@/features/journal/model';
import { kindOf } from '@/core/attachments/sniff';
import type { Attachment } from '@/core/vault/entry';
import { formatBytes } from '@/features/attachments/size';
import { STRINGS } from './strings';

/**
 * The evidence report as data: which entries, in which order, with every time they were
 * written or edited, the summary, and the hash chain's digest; then the same as a list of
 * text blocks, in the reader's language, that report-pdf.ts only lays out. Pure, so every word
 * is tested without a PDF.
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
  /** Added from a backup copy (when, and the copy's last hash). */
  imported?: ImportMark;
  /** Imported, and dated before the entry was first written on this device. */
  backdated?: boolean;
}

export interface ReportEntry {
  fields: EntryFields;
  written: ReportVersion;
  edits: ReportVersion[];
}

export interface CategoryCount {
  /** null: entries with no kind given. */
  category: Category | null;
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
  kinds: Category[];
  entries: ReportEntry[];
  /** Entries in the whole journal (not deleted), to say "N of M". */
  journalTotal: number;
  byCategory: CategoryCount[];
  byMonth: MonthRow[];
  chain: ChainCheck;
  /** The record's end as a fingerprint (empty: no entries yet). */
  fingerprint: string;
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

function version(revision: Entry['revisions'][number], deleted: boolean, backdated: boolean): ReportVersion {
  return { seq: revision.seq, at: revision.writtenAt, hash: revision.hash, deleted, ...(revision.imported ? { imported: revision.imported, backdated } : {}) };
}

export function buildReport(input: ReportInput, filter: ReportFilter, name = '', now = new Date()): Report {
  const visible = input.entries.filter((entry) => currentFields(entry) !== null);
  // Oldest first by when it happened; two at the same moment in the order they were written.
  const chosen = visible
    .filter((entry) => matchesFilter(currentFields(entry)!, filter))
    .sort((a, b) => currentFields(a)!.happenedAt.localeCompare(currentFields(b)!.happenedAt) || firstWritten(a).localeCompare(firstWritten(b)));
  const entries = chosen.map((entry): ReportEntry => {
    const [first, ...later] = entry.revisions;
    const backdated = provenanceOf(entry).map((place) => place.backdated);
    return {
      fields: currentFields(entry)!,
      written: version(first!, false, backdated[0]!),
      edits: later.map((revision, index) => version(revision, revision.fields === null, backdated[index + 1]!)),
    };
  });
  const counts = new Map<Category, number>();
  let noKind = 0;
  for (const { fields } of entries) {
    if (fields.categories.length === 0) noKind += 1;
    for (const category of fields.categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const byCategory: CategoryCount[] = ALL_CATEGORIES.filter((category) => counts.has(category)).map((category) => ({ category, count: counts.get(category)! }));
  if (noKind > 0) byCategory.push({ category: null, count: noKind });
  const days = entries.map((entry) => entry.fields.happenedAt.slice(0, 10));
  return {
    name: name.trim(),
    generatedAt: now.toISOString(),
    from: filter.from || days[0] || '',
    to: filter.to || days.at(-1) || '',
    allKinds: filter.categories.length === ALL_CATEGORIES.length,
    kinds: ALL_CATEGORIES.filter((category) => filter.categories.includes(category)),
    entries,
    journalTotal: visible.length,
    byCategory,
    byMonth: entriesPerMonth(chosen.map(summarize)),
    chain: input.chain,
    fingerprint: input.chain.end.seq ? formatFingerprint(fingerprintOf(input.chain.end)) : '',
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
  | { kind: 'title' | 'heading' | 'entry' | 'label' | 'text' | 'note' | 'mono'; text: string }
  /** An image kept with an entry: report-pdf.ts draws a scaled copy, or says it could not. */
  | { kind: 'image'; attachment: Attachment };

export interface ReportFormat {
  /** The language of every word in the report. */
  lang: Lang;
  /** Sizes of files, as this locale writes numbers. */
  bytes: (count: number) => string;
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

/** The report in this language, dates as this locale writes them, times in this computer's zone. */
export function reportFormat(lang: Lang, locale: string): ReportFormat {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
  return {
    lang,
    bytes: (count) => formatBytes(count, locale),
    happened: (local) => formatHappened(local, locale),
    written: (iso) => formatWritten(iso, locale),
    day: (value) => day.format(new Date(`${value}T12:00`)),
    // Capitalised: a month starts its line ("marzo de 2026" → "Marzo de 2026").
    month: (value) => capitalise(month.format(new Date(`${value}-15T12:00`)), locale),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

const capitalise = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

const text = (kind: Exclude<Block['kind'], 'page' | 'image'>, value: string): Block => ({ kind, text: printable(value) });

/** The whole report as blocks: cover, summary, then the entries in the order they happened. */
export function reportBlocks(report: Report, format: ReportFormat): Block[] {
  const words = STRINGS[format.lang];
  const t = translator(words, format.lang);
  const categories = JOURNAL_STRINGS[format.lang].categories;
  const record = translator(RECORD_STRINGS[format.lang], format.lang);
  const versionBlocks = (key: 'versionWritten' | 'versionEdited' | 'versionDeleted', v: ReportVersion): Block[] => [
    text('note', t(key, { date: format.written(v.at), seq: v.seq, hash: v.hash.slice(0, 12) })),
    ...(v.imported ? [text('note', record('importedFrom', { date: format.written(v.imported.at), copy: v.imported.copy.slice(0, 12) }))] : []),
    ...(v.backdated ? [text('note', record('backdated'))] : []),
  ];

  const blocks: Block[] = [text('title', t('pdfTitle'))];
  if (report.name) blocks.push(text('text', t('keptBy', { name: report.name })));
  const range = report.from || report.to
    ? t('dateRange', { from: report.from ? format.day(report.from) : t('firstEntry'), to: report.to ? format.day(report.to) : t('lastEntry') })
    : t('noDates');
  const kinds = report.allKinds ? t('kindsAll') : report.kinds.map((category) => categories[category]).join(', ') || t('kindsNone');
  blocks.push(
    text('text', range),
    text('text', t('madeOn', { date: format.written(report.generatedAt) })),
    text('text', t('coverCount', { count: report.entries.length, total: report.journalTotal, kinds })),
    ...checkBlocks(report, format),
  );
  if (report.unreadable > 0) blocks.push(text('note', t('unreadableRecords', { count: report.unreadable })));
  blocks.push(
    text('note', t('timesNote', { zone: format.timeZone })),
    text('note', t('fontNote')),
    { kind: 'page' },
    text('heading', t('summary')),
    text('label', t('byKind')),
  );
  if (report.byCategory.length === 0) blocks.push(text('text', t('none')));
  for (const row of report.byCategory) blocks.push(text('text', `${row.category ? categories[row.category] : t('noKind')}: ${row.count}`));
  blocks.push(text('label', t('byMonth')));
  if (report.byMonth.length === 0) blocks.push(text('text', t('none')));
  for (const row of report.byMonth) {
    const perKind = (Object.entries(row.byCategory) as [Category, number][]).map(([category, count]) => `${categories[category]} ${count}`);
    blocks.push(text('text', `${format.month(row.month)}: ${row.total}${perKind.length ? ` (${perKind.join(', ')})` : ''}`));
  }
  blocks.push({ kind: 'page' }, text('heading', t('entriesHeading')));
  report.entries.forEach((entry, index) => {
    const { fields } = entry;
    blocks.push(text('entry', `${index + 1}. ${format.happened(fields.happenedAt)}`));
    blocks.push(...versionBlocks('versionWritten', entry.written));
    for (const edit of entry.edits) blocks.push(...versionBlocks(edit.deleted ? 'versionDeleted' : 'versionEdited', edit));
    if (fields.categories.length) blocks.push(text('text', t('entryKind', { kinds: fields.categories.map((category) => categories[category]).join(', ') })));
    if (fields.where) blocks.push(text('text', t('entryWhere', { where: fields.where })));
    if (fields.who) blocks.push(text('text', t('entryWho', { who: fields.who })));
    blocks.push(text('label', t('whatHappened')));
    for (const paragraph of (fields.what || t('nothingWritten')).split(/\r?\n/)) blocks.push(text('text', paragraph));
    if (fields.felt) {
      blocks.push(text('label', t('howIFelt')));
      for (const paragraph of fields.felt.split(/\r?\n/)) blocks.push(text('text', paragraph));
    }
    if (fields.tags.length) blocks.push(text('text', t('entryTags', { tags: fields.tags.join(', ') })));
    if (fields.attachments?.length) blocks.push(...attachmentBlocks(fields.attachments, format));
  });
  if (report.entries.length === 0) blocks.push(text('text', t('noMatches')));
  return blocks;
}

/**
 * Every file kept with an entry (issue #17): what the revision says of it (name, type, size, the
 * full SHA-256 of the original, when it was added, its own date, a capture's address and title),
 * and for an image, a scaled copy of it below.
 */
function attachmentBlocks(attachments: Attachment[], format: ReportFormat): Block[] {
  const t = translator(STRINGS[format.lang], format.lang);
  const blocks: Block[] = [text('label', t('filesKept', { count: attachments.length }))];
  for (const file of attachments) {
    blocks.push(
      text('text', t('fileLine', { name: file.name, type: file.type || t('fileUnknownType'), size: format.bytes(file.size) })),
      text('mono', `SHA-256 ${file.sha256}`),
      text('note', t('fileAdded', { date: format.written(file.addedAt) })),
    );
    if (file.fileDate) blocks.push(text('note', t('fileOwnDate', { date: file.fileDate })));
    if (file.capture) blocks.push(text('note', t('fileCaptured', { url: file.capture.url, title: file.capture.title, date: format.written(file.capture.at) })));
    if (kindOf(file.type) === 'image') blocks.push(text('note', t('fileImageNote')), { kind: 'image', attachment: file });
  }
  return blocks;
}

/**
 * What the check shows, said as honestly as it can be (issue #23): passed from the start, or
 * sound since Haven noted what it found (each finding with its date), or a problem not yet
 * noted; then the last hash and fingerprint, what this proves and what it cannot, and that the
 * plan and reminders are not in the record.
 */
function checkBlocks(report: Report, format: ReportFormat): Block[] {
  const t = translator(STRINGS[format.lang], format.lang);
  const record = translator(RECORD_STRINGS[format.lang], format.lang);
  const { chain } = report;
  const verdict = !chain.sound
    ? t('checkFailed', { problem: chainProblemText(chain.problem, t) })
    : chain.intact && !chain.notes.length
      ? t('checkPassed', { count: chain.length })
      : chain.checkedFrom
        ? t('checkSoundSince', { date: format.written(chain.checkedFrom.at) })
        : t('checkPassedNoted', { count: chain.length });
  const blocks: Block[] = [text('heading', t('checkHeading')), text('text', t('checkExplained')), text('text', verdict)];
  if (chain.notes.length) {
    blocks.push(text('label', t('notesHeading')));
    for (const note of chain.notes) {
      blocks.push(text('text', note.after ? record('foundOn', { date: format.written(note.at), after: format.written(note.after) }) : record('foundOnFirst', { date: format.written(note.at) })));
      for (const finding of note.findings) blocks.push(text('text', `- ${findingText(finding, format.lang)}`));
    }
  }
  blocks.push(text('label', t('lastHash')), text('mono', chain.digest));
  if (report.fingerprint) blocks.push(text('label', t('fingerprintLabel')), text('mono', report.fingerprint));
  blocks.push(
    text('note', t('sameHash')),
    text('label', record('provesHeading')),
    text('text', record('provesShows')),
    text('text', record('provesCannot')),
    text('note', record('notInRecord')),
  );
  return blocks;
}

/** A file name that says nothing about what is inside. */
export function reportFileName(now = new Date()): string {
  return `document-${now.toISOString().slice(0, 10)}.pdf`;
}

/** The chain check's finding in the report's language. */
function chainProblemText(problem: ChainProblem | undefined, t: (key: TextKey<typeof STRINGS.en>, params?: Params) => string): string {
  switch (problem?.kind) {
    case 'missing':
      return t('chainMissing', { revision: problem.revision });
    case 'out-of-order':
      return t('chainOutOfOrder', { revision: problem.revision });
    case 'altered':
      return t('chainAltered', { revision: problem.revision });
    case 'end-unreadable':
      return t('chainEndUnreadable');
    case 'wrong-length':
      return t('chainWrongLength', { expected: problem.expected, found: problem.found });
    case 'wrong-end':
      return t('chainWrongEnd');
    default:
      return t('chainDoesNotAddUp');
  }
}
