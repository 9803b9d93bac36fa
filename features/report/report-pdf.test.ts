import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from '@/core/crypto';
import { fingerprintOf, formatFingerprint } from '@/core/vault/fingerprint';
import { chainOf, fieldsDigest, HEAD_KEY, mergeImported, openJournal, saveRevision, verifyChain } from '@/core/vault/journal';
import { checkRecord } from '@/core/vault/record-notes';
import { ALL_CATEGORIES, emptyFields } from '@/features/journal/model';
import { pdfImageCount, pdfInfo, pdfText } from '@/tests/pdf-text';
import { png } from '@/tests/test-png';
import type { Attachment } from '@/core/vault/entry';
import { reportFormat, type ReportFormat } from './report-model';
import { makeReportPdf } from './report-pdf';

const FORMAT: ReportFormat = {
  bytes: (count) => `${count} B`,
  lang: 'en',
  happened: (local) => `happened ${local}`,
  written: (iso) => `at ${iso}`,
  day: (day) => day,
  month: (month) => month,
  timeZone: 'UTC',
};
const ALL = { from: '', to: '', categories: ALL_CATEGORIES };

beforeEach(() => fakeBrowser.reset());

/** A real journal: saved through the vault, so the chain is the real one. */
async function journalWith(items: { what: string; happenedAt: string; writtenAt: string; editedAt?: string }[]) {
  const key = await importKey(new Uint8Array(32).fill(7));
  for (const [index, item] of items.entries()) {
    const fields = { ...emptyFields(), happenedAt: item.happenedAt, what: item.what, categories: ['threats' as const] };
    await saveRevision(key, `id-${index}`, fields, { now: new Date(item.writtenAt) });
    if (item.editedAt) await saveRevision(key, `id-${index}`, { ...fields, what: `${item.what} (more)` }, { now: new Date(item.editedAt) });
  }
  return { key, ...(await reportInput(key)) };
}

async function reportInput(key: CryptoKey) {
  const opened = await openJournal(key);
  return { entries: opened.entries, chain: await verifyChain(chainOf(opened), opened.head), unreadable: opened.problems.length };
}

describe('the report as a PDF', () => {
  it('says nothing about itself that names what it is: no title, author, subject, keywords, creator or producer', async () => {
    const input = await journalWith([{ what: 'One thing', happenedAt: '2026-04-02T08:30', writtenAt: '2026-04-02T09:00:00Z' }]);
    for (const lang of ['en', 'es'] as const) {
      const info = await pdfInfo(await makeReportPdf(input, ALL, { ...FORMAT, lang }, 'Ana', new Date('2026-07-01T12:00:00Z')));
      for (const field of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer']) expect(info[field] ?? '', `${lang} ${field}`).toBe('');
    }
  });

  it('holds the entries in the order they happened, with written and edited times and the chain digest', async () => {
    const input = await journalWith([
      { what: 'Second thing', happenedAt: '2026-04-02T08:30', writtenAt: '2026-04-02T09:00:00Z' },
      { what: 'First thing', happenedAt: '2026-03-01T10:00', writtenAt: '2026-03-02T11:00:00Z', editedAt: '2026-03-05T12:30:00Z' },
    ]);
    expect(input.chain.intact).toBe(true);
    const pages = await pdfText(await makeReportPdf(input, ALL, FORMAT, 'María José', new Date('2026-07-01T12:00:00Z')));
    const all = pages.join('\n');
    expect(pages[0]).toContain('Kept by María José');
    expect(pages[0]).toContain(input.chain.digest);
    expect(pages[0]).toContain('Page 1 of 3');
    expect(pages[1]).toContain('Threats or intimidation: 2');
    const order = ['1. happened 2026-03-01T10:00', 'Written at 2026-03-02T11:00:00.000Z', 'Edited at 2026-03-05T12:30:00.000Z', 'First thing (more)', '2. happened 2026-04-02T08:30', 'Written at 2026-04-02T09:00:00.000Z', 'Second thing'];
    const positions = order.map((text) => all.indexOf(text));
    expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('comes out in Spanish with every accent, ¿, ¡ and « » intact', async () => {
    const input = await journalWith([{ what: '¡Basta! ¿Por qué gritó «cállate» en la habitación?', happenedAt: '2026-03-01T10:00', writtenAt: '2026-03-02T11:00:00Z', editedAt: '2026-03-05T12:30:00Z' }]);
    const pages = await pdfText(await makeReportPdf(input, ALL, { ...FORMAT, lang: 'es' }, 'Begoña Núñez', new Date('2026-07-01T12:00:00Z')));
    const all = pages.join('\n');
    expect(pages[0]).toContain('Registro de lo sucedido');
    expect(pages[0]).toContain('Llevado por Begoña Núñez');
    expect(pages[0]).toContain('Lo que muestra la comprobación');
    expect(pages[0]).toContain('Página 1 de 3');
    expect(pages[1]).toContain('Amenazas o intimidación: 1');
    expect(pages[1]).toContain('Entradas por mes');
    expect(all).toContain('Editada el at 2026-03-05T12:30:00.000Z');
    expect(all).toContain('Qué pasó');
    expect(all).toContain('¡Basta! ¿Por qué gritó «cállate» en la habitación? (more)');
    expect(all).not.toContain('Written');
  });

  it('never drops an entry for emoji or right-to-left text, and wraps and pages long text', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `palabra${i} acción`).join(' ');
    const input = await journalWith([
      { what: 'Me dijo 😀 שלום y se fue', happenedAt: '2026-03-01T10:00', writtenAt: '2026-03-02T11:00:00Z' },
      { what: `${'x'.repeat(300)} ${long} the end`, happenedAt: '2026-03-02T10:00', writtenAt: '2026-03-03T11:00:00Z' },
    ]);
    const all = (await pdfText(await makeReportPdf(input, ALL, FORMAT))).join('\n');
    expect(all).toContain('Me dijo [U+1F600] [U+05E9 U+05DC U+05D5 U+05DD] y se fue');
    expect(all).toContain('palabra399 acción the end');
    expect(all.replace(/\s/g, '')).toContain('x'.repeat(300));
  });

  it('prints the last hash and the fingerprint on every page, and says what the check can and cannot prove', async () => {
    const long = 'words '.repeat(900);
    const input = await journalWith([
      { what: `One ${long}`, happenedAt: '2026-03-01T10:00', writtenAt: '2026-03-02T11:00:00Z' },
      { what: `Two ${long}`, happenedAt: '2026-03-02T10:00', writtenAt: '2026-03-03T11:00:00Z' },
    ]);
    const pages = await pdfText(await makeReportPdf(input, ALL, FORMAT));
    const fingerprint = formatFingerprint(fingerprintOf(input.chain.end));
    expect(pages.length).toBeGreaterThan(3);
    for (const [index, page] of pages.entries()) {
      expect(page, `page ${index + 1}`).toContain(input.chain.digest);
      expect(page, `page ${index + 1}`).toContain(fingerprint);
    }
    const all = pages.join('\n');
    expect(all).toContain('It cannot show that nothing was removed before a fingerprint was given out');
    expect(all).toContain('The safety plan and reminders are working notes');
  });

  it('shows what Haven found when the journal opened, with its date, and versions added from a copy, flagged when back-dated', async () => {
    const { key } = await journalWith([{ what: 'Written here', happenedAt: '2026-03-01T10:00', writtenAt: '2026-03-02T11:00:00Z' }]);
    await fakeBrowser.storage.local.remove(HEAD_KEY);
    await checkRecord(key, await openJournal(key), null, new Date('2026-04-01T09:00:00Z'));
    const older = { ...emptyFields(), happenedAt: '2026-02-01T10:00', what: 'From the copy', categories: ['threats' as const] };
    await mergeImported(key, [{ id: 'id-0', revisions: [{ writtenAt: '2026-02-01T11:00:00.000Z', fields: older, fieldsDigest: await fieldsDigest(older) }] }], { copy: 'c'.repeat(64), now: new Date('2026-04-02T09:00:00Z') });
    const input = await reportInput(key);
    expect(input.chain).toMatchObject({ intact: true, sound: true });
    const all = (await pdfText(await makeReportPdf(input, ALL, FORMAT))).join('\n');
    expect(all).toContain('What Haven found when the journal opened');
    expect(all).toContain('Found on at 2026-04-01T09:00:00.000Z. It happened after at 2026-03-02T11:00:00.000Z');
    expect(all).toContain('- The record of where the journal ends had been removed.');
    expect(all).toContain('Added from a copy on at 2026-04-02T09:00:00.000Z (the copy’s last hash begins cccccccccccc).');
    expect(all).toContain('The copy dates it before this entry was first written on this device.');
  });

  it('makes a report of 100 entries in well under a few seconds', async () => {
    const input = await journalWith(
      Array.from({ length: 100 }, (_, i) => ({ what: `Entry ${i} ${'words '.repeat(60)}`, happenedAt: `2026-0${1 + (i % 9)}-1${i % 10}T10:00`, writtenAt: '2026-10-01T10:00:00Z' })),
    );
    const started = performance.now();
    const bytes = await makeReportPdf(input, ALL, reportFormat('en', 'en'));
    const elapsed = performance.now() - started;
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe('files kept with an entry, in the report', () => {
  const photo: Attachment = {
    id: 'a'.repeat(32), sha256: 'b'.repeat(64), size: 2_400_000, name: 'kitchen.jpg', type: 'image/jpeg', claimedType: 'image/jpeg',
    addedAt: '2026-03-02T10:00:00.000Z', fileDate: '2026:03:01 21:14:09',
  };
  const capture: Attachment = {
    id: 'c'.repeat(32), sha256: 'd'.repeat(64), size: 90_000, name: 'capture.png', type: 'image/png', claimedType: 'image/png',
    addedAt: '2026-03-03T08:00:00.000Z', capture: { url: 'https://mail.example/message/42', title: 'Re: tonight', at: '2026-03-03T08:00:00.000Z' },
  };
  const letter: Attachment = {
    id: 'e'.repeat(32), sha256: 'f'.repeat(64), size: 51_000, name: 'letter.pdf', type: 'application/pdf', claimedType: 'application/pdf', addedAt: '2026-03-04T08:00:00.000Z',
  };

  async function reportWith(pictures: (attachment: Attachment) => Promise<{ bytes: Uint8Array; format: 'png' | 'jpg' } | null>) {
    const key = await importKey(new Uint8Array(32).fill(7));
    await saveRevision(key, 'with-files', { ...emptyFields(), happenedAt: '2026-03-01T21:00', what: 'The kitchen.', attachments: [photo, capture, letter] }, { now: new Date('2026-03-04T09:00:00Z') });
    return makeReportPdf(await reportInput(key), ALL, FORMAT, '', new Date('2026-03-05T09:00:00Z'), [], pictures);
  }

  it('lists every file with its full hash, times and address, and draws each picture', async () => {
    const asked: string[] = [];
    const bytes = await reportWith(async (attachment) => {
      asked.push(attachment.name);
      return { bytes: new Uint8Array(png(30)), format: 'png' };
    });
    const all = (await pdfText(bytes)).join('\n');
    expect(all).toContain('3 files kept with this entry');
    for (const file of [photo, capture, letter]) expect(all).toContain(`SHA-256 ${file.sha256}`);
    expect(all).toContain('kitchen.jpg: image/jpeg, 2400000 B');
    expect(all).toContain('Added on at 2026-03-02T10:00:00.000Z');
    expect(all).toContain('Date in the file: 2026:03:01 21:14:09');
    expect(all).toContain('Captured from https://mail.example/message/42 ("Re: tonight")');
    // Pictures only: the PDF is listed, never drawn nor decrypted for the report.
    expect(asked).toEqual(['kitchen.jpg', 'capture.png']);
    expect(await pdfImageCount(bytes)).toBe(2);
  });

  it('says so in words when a picture cannot be shown (missing, altered, or not an image after all)', async () => {
    const bytes = await reportWith(async (attachment) => (attachment.name === 'kitchen.jpg' ? null : { bytes: new Uint8Array([1, 2, 3]), format: 'png' }));
    const all = (await pdfText(bytes)).join('\n');
    expect(all.match(/This picture could not be shown here/g)).toHaveLength(2);
    expect(await pdfImageCount(bytes)).toBe(0);
  });
});
