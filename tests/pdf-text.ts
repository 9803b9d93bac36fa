import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdf.js reads the standard fonts' metrics from its own package folder. */
const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** The text of each page of a PDF, read the way a PDF reader reads it (lines joined by "\n"). */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: bytes.slice(), standardFontDataUrl, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const content = await (await doc.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/** What a PDF says about itself (title, author, subject, keywords, creator, producer), as a reader shows it in "Properties". */
export async function pdfInfo(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const doc = await getDocument({ data: bytes.slice(), standardFontDataUrl, isEvalSupported: false }).promise;
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return info as Record<string, unknown>;
}

/** How many pictures a PDF's pages draw (image XObjects, counted on every page), as pdf.js reads them. */
export async function pdfImageCount(bytes: Uint8Array): Promise<number> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: bytes.slice(), standardFontDataUrl, isEvalSupported: false }).promise;
  let count = 0;
  for (let number = 1; number <= doc.numPages; number++) {
    const operators = await (await doc.getPage(number)).getOperatorList();
    count += operators.fnArray.filter((fn) => fn === OPS.paintImageXObject).length;
  }
  await doc.destroy();
  return count;
}
