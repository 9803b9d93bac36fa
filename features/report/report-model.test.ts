import { describe, expect, it } from 'vitest';
import type { ChainCheck, ChainProblem, Entry, EntryFields } from '@/core/vault/journal';
import { ALL_CATEGORIES, emptyFields } from '@/features/journal/model';
import { buildReport, matchesFilter, printable, reportBlocks, reportFileName, reportFormat, type Block, type ReportFilter, type ReportFormat } from './report-model';
import { STRINGS } from './strings';

let seq = 0;
function entry(id: string, ...versions: (Partial<EntryFields> | null)[]): Entry {
  return {
    id,
    revisions: versions.map((fields) => {
      seq += 1;
      return {
        seq,
        writtenAt: new Date(Date.UTC(2026, 5, seq, 9)).toISOString(),
        fields: fields ? { ...emptyFields(new Date(2026, 0, 1)), ...fields } : null,
        fieldsDigest: '',
        prev: '',
        hash: `${String(seq).padStart(2, '0')}${'ab'.repeat(31)}`,
      };
    }),
  };
}

const CHAIN: ChainCheck = { intact: true, sound: true, length: 6, digest: 'f'.repeat(64), end: { seq: 6, hash: 'f'.repeat(64) }, notes: [] };
const ALL: ReportFilter = { from: '', to: '', categories: ALL_CATEGORIES };
const FORMAT: ReportFormat = {
  bytes: (count) => `${count} B`,
  lang: 'en',
  happened: (local) => `happened ${local}`,
  written: (iso) => `at ${iso}`,
  day: (day) => `day ${day}`,
  month: (month) => `month ${month}`,
  timeZone: 'Europe/Madrid',
};

const journal = [
  entry('late', { happenedAt: '2026-05-10T22:00', what: 'Said I imagined it', categories: ['gaslighting'], who: 'Ana' }),
  entry('early', { happenedAt: '2026-03-01T10:00', what: 'Hid the car keys', categories: ['financial'] }, { happenedAt: '2026-03-01T10:00', what: 'Hid the car keys again', categories: ['financial', 'isolation'] }),
  entry('middle', { happenedAt: '2026-04-02T08:30', what: 'Shouted\nThen left', where: 'Kitchen', felt: 'Scared' }),
  entry('gone', { happenedAt: '2026-04-05T08:30', what: 'deleted later' }, null),
];

const texts = (blocks: Block[]) => blocks.map((block) => ('text' in block ? block.text : '---page---'));

describe('the report model', () => {
  it('puts entries in the order they happened, each with when it was written and every edit', () => {
    const report = buildReport({ entries: journal, chain: CHAIN, unreadable: 0 }, ALL, 'María', new Date('2026-07-01T12:00:00Z'));
    expect(report.entries.map((e) => e.fields.what)).toEqual(['Hid the car keys again', 'Shouted\nThen left', 'Said I imagined it']);
    const early = report.entries[0]!;
    expect(early.written).toMatchObject({ seq: 2, at: '2026-06-02T09:00:00.000Z' });
    expect(early.edits.map((edit) => edit.at)).toEqual(['2026-06-03T09:00:00.000Z']);
    expect(report).toMatchObject({ name: 'María', from: '2026-03-01', to: '2026-05-10', journalTotal: 3, allKinds: true });
  });

  it('filters by dates (inclusive) and kinds; an entry with no kind only when every kind is chosen', () => {
    const fields = { ...emptyFields(), happenedAt: '2026-04-02T08:30', categories: [] };
    expect(matchesFilter(fields, ALL)).toBe(true);
    expect(matchesFilter(fields, { ...ALL, from: '2026-04-02', to: '2026-04-02' })).toBe(true);
    expect(matchesFilter(fields, { ...ALL, from: '2026-04-03' })).toBe(false);
    expect(matchesFilter(fields, { ...ALL, to: '2026-04-01' })).toBe(false);
    expect(matchesFilter(fields, { ...ALL, categories: ['threats'] })).toBe(false);
    const report = buildReport({ entries: journal, chain: CHAIN, unreadable: 0 }, { from: '2026-03-15', to: '', categories: ['gaslighting', 'isolation'] });
    expect(report.entries.map((e) => e.fields.what)).toEqual(['Said I imagined it']);
    expect(report.kinds).toEqual(['gaslighting', 'isolation']);
    expect(report.from).toBe('2026-03-15');
  });

  it('counts entries by kind and by month, with empty months in between', () => {
    const report = buildReport({ entries: journal, chain: CHAIN, unreadable: 0 }, ALL);
    expect(report.byCategory).toEqual([
      { category: 'gaslighting', count: 1 },
      { category: 'isolation', count: 1 },
      { category: 'financial', count: 1 },
      { category: null, count: 1 },
    ]);
    expect(report.byMonth.map((row) => [row.month, row.total])).toEqual([['2026-03', 1], ['2026-04', 1], ['2026-05', 1]]);
  });
});

describe('the report text', () => {
  const report = buildReport({ entries: journal, chain: CHAIN, unreadable: 2 }, ALL, 'María', new Date('2026-07-01T12:00:00Z'));
  const lines = texts(reportBlocks(report, FORMAT));

  it('has a cover with name, dates, when it was made, the chain digest and the notes on time and font', () => {
    const cover = lines.slice(0, lines.indexOf('---page---'));
    expect(cover).toEqual(expect.arrayContaining([
      'A record of events',
      'Kept by María',
      'From day 2026-03-01 to day 2026-05-10',
      'Made on at 2026-07-01T12:00:00.000Z',
      '3 entries of 3 in the journal. Kinds: all.',
      'The check passed: all 6 versions follow each other unchanged.',
      'f'.repeat(64),
      '2 records could not be opened and are not in this report. They are kept unchanged.',
      'Times are the local time of the computer this report was made on (Europe/Madrid).',
      STRINGS.en.fontNote,
    ]));
  });

  it("says plainly, in the report's language, when the chain does not check out", () => {
    const broken = (problem: ChainProblem) => buildReport({ entries: journal, chain: { intact: false, sound: false, length: 2, digest: '0', end: { seq: 2, hash: '0' }, problem, notes: [] }, unreadable: 0 }, ALL);
    expect(texts(reportBlocks(broken({ kind: 'altered', revision: 3 }), FORMAT))).toContain('The check found a problem: version 3 was altered.');
    expect(texts(reportBlocks(broken({ kind: 'wrong-length', expected: 9, found: 7 }), FORMAT))).toContain('The check found a problem: the chain should end at version 9, but ends at 7.');
    expect(texts(reportBlocks(broken({ kind: 'wrong-end' }), FORMAT))).toContain('The check found a problem: its last version is not the one recorded as the last.');
    expect(texts(reportBlocks(broken({ kind: 'missing', revision: 2 }), { ...FORMAT, lang: 'es' }))).toContain('La comprobación ha encontrado un problema: falta la versión 2.');
  });

  it('has a summary page, then every entry with its written and edited times and all its fields', () => {
    expect(lines).toEqual(expect.arrayContaining(['Summary', 'Financial control: 1', 'No kind given: 1', 'month 2026-04: 1', 'month 2026-05: 1 (Gaslighting 1)']));
    const start = lines.indexOf('Entries, in the order they happened');
    expect(lines.slice(start)).toEqual([
      'Entries, in the order they happened',
      '1. happened 2026-03-01T10:00',
      `Written at 2026-06-02T09:00:00.000Z (version 2, 02${'ab'.repeat(5)})`,
      `Edited at 2026-06-03T09:00:00.000Z (version 3, 03${'ab'.repeat(5)})`,
      'Kind: Financial control, Isolation',
      'What happened',
      'Hid the car keys again',
      '2. happened 2026-04-02T08:30',
      `Written at 2026-06-04T09:00:00.000Z (version 4, 04${'ab'.repeat(5)})`,
      'Where: Kitchen',
      'What happened',
      'Shouted',
      'Then left',
      'How I felt',
      'Scared',
      '3. happened 2026-05-10T22:00',
      `Written at 2026-06-01T09:00:00.000Z (version 1, 01${'ab'.repeat(5)})`,
      'Kind: Gaslighting',
      'Who was there: Ana',
      'What happened',
      'Said I imagined it',
    ]);
  });

  it('says so when nothing matches', () => {
    const empty = buildReport({ entries: [], chain: { intact: true, sound: true, length: 0, digest: '0'.repeat(64), end: { seq: 0, hash: '0'.repeat(64) }, notes: [] }, unreadable: 0 }, ALL);
    expect(texts(reportBlocks(empty, FORMAT))).toEqual(expect.arrayContaining(['No dates', 'None.', 'No entries match the dates and kinds chosen.']));
  });
});

describe('the report text in Spanish', () => {
  const report = buildReport({ entries: journal, chain: CHAIN, unreadable: 1 }, { ...ALL, categories: ['gaslighting', 'financial'] }, 'María', new Date('2026-07-01T12:00:00Z'));
  const lines = texts(reportBlocks(report, { ...FORMAT, lang: 'es' }));

  it('says everything in Spanish, kinds by their Spanish names, and keeps what was written as it is', () => {
    expect(lines).toEqual(expect.arrayContaining([
      'Registro de lo sucedido',
      'Llevado por María',
      'Del day 2026-03-01 al day 2026-05-10',
      '2 entradas de 3 en el diario. Tipos: Luz de gas (gaslighting), Control económico.',
      'La comprobación es correcta: las 6 versiones se siguen unas a otras sin cambios.',
      'No se ha podido abrir 1 registro, que no está en este informe. Se conserva sin cambios.',
      'Las horas son la hora local del ordenador en el que se hizo este informe (Europe/Madrid).',
      'Resumen',
      'Control económico: 1',
      'Entradas, en el orden en que pasaron',
      `Escrita el at 2026-06-02T09:00:00.000Z (versión 2, 02${'ab'.repeat(5)})`,
      `Editada el at 2026-06-03T09:00:00.000Z (versión 3, 03${'ab'.repeat(5)})`,
      'Tipo: Control económico, Aislamiento',
      'Qué pasó',
      'Hid the car keys again',
      'Quién estaba: Ana',
    ]));
    expect(lines.join('\n')).not.toMatch(/Written|Kind:|Summary|record of events/);
  });

  it('writes dates as the locale does, months capitalised', () => {
    const spanish = reportFormat('es', 'es-ES');
    expect(spanish.day('2026-03-01')).toBe('1 de marzo de 2026');
    expect(spanish.month('2026-03')).toBe('Marzo de 2026');
    expect(reportFormat('en', 'en-US').month('2026-03')).toBe('March 2026');
  });
});

describe('text the PDF font cannot show', () => {
  it('keeps Spanish and other Western European letters and typographic marks as they are', () => {
    expect(printable('¿Qué pasó? Él gritó: «¡basta!» — señor Müller, 5 €')).toBe('¿Qué pasó? Él gritó: «¡basta!» — señor Müller, 5 €');
  });

  it('writes emoji, right-to-left and other scripts as code points, a run at a time', () => {
    expect(printable('ok 😀 fine')).toBe('ok [U+1F600] fine');
    expect(printable('👩‍👧')).toBe('[U+1F469 U+200D U+1F467]');
    expect(printable('שלום world مرحبا')).toBe('[U+05E9 U+05DC U+05D5 U+05DD] world [U+0645 U+0631 U+062D U+0628 U+0627]');
    expect(printable('a\tb\u0007')).toBe('a b[U+0007]');
  });
});

it('names the file neutrally', () => {
  expect(reportFileName(new Date('2026-07-01T12:00:00Z'))).toBe('document-2026-07-01.pdf');
});
