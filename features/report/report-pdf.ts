import { foldAttempts } from '@/core/vault/attempts';
import { attemptsBlocks } from './attempts-section';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { translator, type Lang } from '@/core/i18n/translate';
import { chainOf, openJournal, verifyChain } from '@/core/vault/journal';
import { buildReport, printable, reportBlocks, reportFormat, type Block, type ReportFilter, type ReportFormat, type ReportInput } from './report-model';
import { picturesFrom, type PictureSource, type ReportPicture } from './report-pictures';
import { STRINGS } from './strings';

/**
 * Lays the report's blocks out on A4 pages with the standard PDF fonts. The only file that
 * imports the PDF library; the UI loads it with `import()` when a report is made, so the library
 * is its own chunk, never part of the cover or of Haven's first chunk.
 *
 * Why the standard fonts (Helvetica, Courier, WinAnsi encoding): they cost no bytes, every PDF
 * reader has them, and they cover Spanish and other Western European languages. A font with
 * emoji, Hebrew, Arabic and CJK would add megabytes to the extension; report-model.ts writes
 * those characters as code points instead (said on the cover page).
 */

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const WIDTH = PAGE.width - 2 * MARGIN;
const FOOTER = 30;

/** The most a picture takes on a page: the text's width, and about a third of the page's height. */
const PICTURE_HEIGHT = 300;

const STYLE: Record<Exclude<Block['kind'], 'page' | 'image'>, { size: number; font: 'regular' | 'bold' | 'mono'; before: number; grey?: boolean }> = {
  title: { size: 22, font: 'bold', before: 60 },
  heading: { size: 15, font: 'bold', before: 18 },
  entry: { size: 12.5, font: 'bold', before: 20 },
  label: { size: 10.5, font: 'bold', before: 8 },
  text: { size: 10.5, font: 'regular', before: 3 },
  note: { size: 9, font: 'regular', before: 3, grey: true },
  mono: { size: 8.5, font: 'mono', before: 3 },
};

type Fonts = Record<'regular' | 'bold' | 'mono', PDFFont>;

/**
 * Split a paragraph into lines that fit, breaking words longer than a line too. Each word is
 * measured once and widths are added up (measuring the growing line again for every word made
 * a 100-entry report take seconds in Firefox).
 */
function wrap(text: string, font: PDFFont, size: number): string[] {
  const measure = (piece: string) => font.widthOfTextAtSize(piece, size);
  const space = measure(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const add = (word: string, width: number) => {
    if (line && lineWidth + space + width <= WIDTH) {
      line += ` ${word}`;
      lineWidth += space + width;
      return;
    }
    if (line) lines.push(line);
    line = word;
    lineWidth = width;
  };
  for (const word of text.split(' ')) {
    const width = measure(word);
    if (width <= WIDTH) {
      add(word, width);
      continue;
    }
    let piece = '';
    let pieceWidth = 0;
    for (const char of word) {
      const charWidth = measure(char);
      if (piece && pieceWidth + charWidth > WIDTH) {
        add(piece, pieceWidth);
        piece = '';
        pieceWidth = 0;
      }
      piece += char;
      pieceWidth += charWidth;
    }
    add(piece, pieceWidth);
  }
  lines.push(line);
  return lines;
}

class Writer {
  private page!: PDFPage;
  private y = 0;

  constructor(private readonly doc: PDFDocument, private readonly fonts: Fonts) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }

  /** A picture scaled into the text's width and PICTURE_HEIGHT, on a new page when it does not fit. */
  async picture(picture: ReportPicture): Promise<boolean> {
    const image = await (picture.format === 'png' ? this.doc.embedPng(picture.bytes) : this.doc.embedJpg(picture.bytes)).catch(() => null);
    if (!image) return false;
    const scale = Math.min(1, WIDTH / image.width, PICTURE_HEIGHT / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    if (this.y - 6 - height < MARGIN + FOOTER) this.newPage();
    else this.y -= 6;
    this.y -= height;
    this.page.drawImage(image, { x: MARGIN, y: this.y, width, height });
    return true;
  }

  write(block: Exclude<Block, { kind: 'page' | 'image' }>): void {
    const style = STYLE[block.kind];
    const font = this.fonts[style.font];
    const lineHeight = style.size * 1.35;
    const lines = wrap(block.text, font, style.size);
    // A heading never ends a page on its own: keep it with a few lines after it.
    const keep = block.kind === 'text' || block.kind === 'note' || block.kind === 'mono' ? 1 : 4;
    if (this.y - style.before - lineHeight * keep < MARGIN + FOOTER) this.newPage();
    else this.y -= style.before;
    for (const line of lines) {
      if (this.y - lineHeight < MARGIN + FOOTER) this.newPage();
      this.y -= lineHeight;
      this.page.drawText(line, { x: MARGIN, y: this.y, size: style.size, font, color: style.grey ? rgb(0.3, 0.3, 0.3) : rgb(0, 0, 0) });
    }
  }
}

/** What every page's foot carries besides its number: the record's last hash and fingerprint. */
export interface PageFoot {
  hash: string;
  fingerprint: string;
}

/** The PDF's bytes for a report already built. */
export async function renderReportPdf(blocks: Block[], madeAt: Date, lang: Lang, foot?: PageFoot, pictures?: PictureSource): Promise<Uint8Array> {
  const t = translator(STRINGS[lang], lang);
  // No title, producer or creator: a reader's "Properties" say nothing about what the file is or
  // what made it (its words are readable by anyone who opens it; the screen says so).
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setCreationDate(madeAt);
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    mono: await doc.embedFont(StandardFonts.Courier),
  };
  const writer = new Writer(doc, fonts);
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'page') {
      if (index > 0) writer.newPage();
    } else if (block.kind === 'image') {
      // One picture decrypted and scaled at a time; only its small copy stays, in the PDF.
      if (!pictures) continue;
      const picture = await pictures(block.attachment).catch(() => null);
      if (!picture || !(await writer.picture(picture))) writer.write({ kind: 'note', text: printable(t('fileNotShown')) });
    } else {
      writer.write(block);
    }
  }
  const pages = doc.getPages();
  // Every page carries the record's end, so a single page shown on its own still names it.
  const footLine = foot ? printable(t('footerHash', { hash: foot.hash, fingerprint: foot.fingerprint || '-' })) : '';
  pages.forEach((page, index) => {
    const label = printable(t('pageOf', { page: index + 1, pages: pages.length }));
    const grey = rgb(0.4, 0.4, 0.4);
    page.drawText(label, { x: PAGE.width - MARGIN - fonts.regular.widthOfTextAtSize(label, 8), y: MARGIN / 2, size: 8, font: fonts.regular, color: grey });
    if (footLine) page.drawText(footLine, { x: MARGIN, y: MARGIN / 2 + 11, size: 6, font: fonts.mono, color: grey });
  });
  // Written in one go: the library otherwise waits a timer tick every 50 objects, and a
  // browser may slow timers in a page not in front (seconds for 100 entries in Firefox).
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}

/**
 * Decrypted journal in, PDF bytes out: the whole path a report takes (the bench times this
 * for 100 entries).
 */
export async function makeReportPdf(input: ReportInput, filter: ReportFilter, format: ReportFormat, name = '', now = new Date(), after: Block[] = [], pictures?: PictureSource): Promise<Uint8Array> {
  const report = buildReport(input, filter, name, now);
  return renderReportPdf([...reportBlocks(report, format), ...after], now, format.lang, { hash: report.chain.digest, fingerprint: report.fingerprint }, pictures);
}

/**
 * What "Make the report" runs, from the data key: decrypt the journal, check its hash chain,
 * build the PDF in the reader's language (the screen passes it; English by default, as the bench
 * makes it). The bench times this for 100 entries (tests/e2e/harness/bench.ts).
 */
export async function makeReportFromJournal(key: CryptoKey, filter: ReportFilter, name = '', now = new Date(), format = reportFormat('en', 'en'), withAttempts = false): Promise<Uint8Array> {
  const journal = await openJournal(key);
  const chain = await verifyChain(chainOf(journal), journal.head);
  const input = { entries: journal.entries, chain, unreadable: journal.problems.length };
  // Issue #18: the record of attempts as its own last section (features/report/attempts-section.ts).
  const attempts = withAttempts ? attemptsBlocks(await foldAttempts(key), format) : [];
  return makeReportPdf(input, filter, format, name, now, attempts, picturesFrom(key));
}
