import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, listFiles, readText, STORE_BUILDS } from './built';
import { coverFiles, dynamicImports } from './cover-files';

// What ships to a store holds Haven and nothing of its tests.

describe.each(Object.entries(STORE_BUILDS))('the %s store build', (_browser, dir) => {
  const files = listFiles(dir);
  const scripts = files.filter((file) => /\.(js|html)$/.test(file));

  it('contains no trace of the test harness', () => {
    expect(files.filter((file) => /e2e|harness/i.test(file))).toEqual([]);
    for (const file of scripts) expect(readText(dir, file), file).not.toMatch(/e2e\.html|globalThis\.harness|fetchOutside/);
  });

  it("derives the passphrase's key at the full cost, never the e2e build's light one (core/crypto.ts)", () => {
    const code = scripts.map((file) => readText(dir, file)).join('\n');
    expect(code).toMatch(/memoryKiB:65536,iterations:3\b/);
    expect(code).not.toMatch(/memoryKiB:8192,iterations:1\b/);
  });

  it('runs no code built from strings', () => {
    for (const file of scripts) {
      const text = readText(dir, file);
      expect(text, file).not.toMatch(/\beval\s*\(/);
      expect(text, file).not.toMatch(/new\s+Function\s*\(/);
    }
  });

  it('loads no script from outside the extension', () => {
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      for (const src of readText(dir, file).matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
        expect(src[1], file).toMatch(/^\//);
      }
    }
  });
});

describe('the test build', () => {
  it('does contain the harness (so the check above would catch a leak of it)', () => {
    expect(listFiles(BUILDS.chromeE2e)).toContain('e2e.html');
    expect(listFiles(BUILDS.firefoxE2e)).toContain('e2e.html');
  });

  it("derives keys at the light cost (so the check above would catch it in a store build)", () => {
    const code = listFiles(BUILDS.chromeE2e).filter((file) => file.endsWith('.js')).map((file) => readText(BUILDS.chromeE2e, file)).join('\n');
    expect(code).toMatch(/memoryKiB:8192,iterations:1\b/);
  });
});

/**
 * Every address in the shipped code. Haven fetches none of them: they are links shown to the
 * user (helplines and their sources, safe-page suggestions) or XML namespaces inside Preact.
 * A new address must be added here on purpose, after checking it is only ever a link.
 */
const SHOWN_NOT_FETCHED = new Set([
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'https://1800respect.org.au',
  'https://centre56.org.uk/domestic-abuse',
  'https://irishtimes.com',
  'https://nationaldahelpline.org.uk',
  'https://news.google.com/',
  'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
  'https://plan4womenssafety.dss.gov.au/initiatives/1800respect',
  'https://refuge.org.uk/news',
  'https://thehotline.org',
  'https://womensaid.ie',
  'https://www.bbc.com/weather',
  'https://www.wikipedia.org/',
  // Helplines for more countries (issue #20): each line's sources, its service's website and
  // its WhatsApp chat, all links the person clicks (assets/content/helplines.ts).
  'https://alberta.ca/family-violence-how-help',
  'https://www.alberta.ca/release.cfm?xID=8492004BE91D6-04CD-E416-524BF9B9C42C8695',
  'https://www.manitoba.ca/msw/fvpp/about.html',
  'https://www2.gov.bc.ca/gov/content/justice/criminal-justice/bcs-criminal-justice-system/understanding-criminal-justice/key-parts/victim-services',
  'https://www.informegobierno.gob.mx/indice/i-tiempo-de-mujeres',
  'https://www.jornada.com.mx/2025/11/05/sociedad/039n2soc',
  'https://respect.org.uk/articles/135-men-s-advice-line-staff-reflect-on-the-helpline-s-adaptation-to-covid-19',
  'https://www.wired-gov.net/wg/wg-news-1.nsf/print/Help+for+men+abused+by+partners+29042010090404',
  'https://www.iow.gov.uk/housing-and-adult-social-care/adult-social-care/adult-safeguarding/immediate-danger/',
  'https://wa.me/34600000016',
  'https://mugardos.gal/a-delegacion-do-goberno-contra-a-violencia-de-xenero-informa/',
  'https://elmirondesoria.es/nacional/politica/el-servicio-016-recibe-59-317-consultas-de-enero-a-junio',
  'https://oas.policia.gov.co/index.php/noticia/una-llamada-tiempo-puede-marcar-diferencia-linea-155-orientacion-mujeres-victimas-violencia',
  'https://wp.presidencia.gov.co/Noticias/2014/Noviembre/Paginas/20141124_01-Llamadas-que-salvan-vidas.aspx',
  'https://www.seguimiento.co/node/51966',
  'https://minmujeryeg.gob.cl/?page_id=4023',
  'https://womensrefuge.org.nz',
  'https://womensrefuge.org.nz/get-help/',
  'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/',
  // Inside the PDF library's chunk (loaded only to make a report), never fetched: XML
  // namespaces of the XMP metadata it can write into a PDF, and its default "producer" line
  // (which Haven turns off, see features/report/report-pdf.ts).
  'http://ns.adobe.com/pdf/1.3/',
  'http://ns.adobe.com/xap/1.0/',
  'http://purl.org/dc/elements/1.1/',
  'http://www.aiim.org/pdfa/ns/id/',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://www.w3.org/XML/1998/namespace',
  'https://github.com/Hopding/pdf-lib',
]);

describe.each(Object.entries(STORE_BUILDS))('what the %s build could reach', (_browser, dir) => {
  const scripts = listFiles(dir).filter((file) => /\.(js|html|css)$/.test(file));

  it('names only addresses that are shown to the user as links', () => {
    const found = new Set(scripts.flatMap((file) => [...readText(dir, file).matchAll(/https?:\/\/[a-z0-9.-]+\.[a-z]{2,}[^"'`\s)<>]*/gi)].map((m) => m[0])));
    expect([...found].filter((url) => !SHOWN_NOT_FETCHED.has(url))).toEqual([]);
  });

  it('never calls fetch, XMLHttpRequest, WebSocket, EventSource or sendBeacon', () => {
    for (const file of scripts) {
      expect(readText(dir, file), file).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|EventSource|sendBeacon|importScripts\(/);
    }
  });
});

describe.each(Object.entries(STORE_BUILDS))('the %s cover', (_browser, dir) => {
  const html = readText(dir, 'popup.html');
  const cover = coverFiles(dir);

  it('loads only the calculator at first: no article, journal or setup text in its code, in any language', () => {
    expect(cover.length).toBeGreaterThan(0);
    for (const file of cover) {
      const text = readText(dir, file);
      const english = ['Trauma Bond', 'Start Documenting', 'rollercoaster', 'What happened', 'New entry', 'Choose a passphrase', 'Help and resources', 'Gaslighting'];
      // The helplines and their sources load with the article, never with the calculator.
      const helplines = ['National Domestic Violence Hotline', 'VictimLinkBC', 'SernamEG', 'wa.me/', 'minmujeryeg', 'Before you call or write', 'Antes de llamar o escribir'];
      // ASCII only: the build writes other letters as escapes (\xE9).
      const spanish = ['Empieza a documentar', 'Nueva entrada', 'Elige tu c', 'Todo listo', 'Ayuda y recursos', 'Luz de gas'];
      for (const phrase of [...english, ...spanish, ...helplines]) {
        expect(text, `${file} contains "${phrase}"`).not.toContain(phrase);
      }
    }
  });

  it('does not hold the PDF library, which is its own chunk, loaded only when a report is made', () => {
    const holding = listFiles(dir).filter((file) => file.endsWith('.js') && readText(dir, file).includes('Helvetica-BoldOblique'));
    expect(holding).toHaveLength(1);
    const loadingIt = listFiles(dir).filter((file) => file.endsWith('.js') && dynamicImports(dir, file).includes(holding[0]!));
    expect(loadingIt, 'some chunk loads the PDF library on demand').not.toEqual([]);
    expect(cover).not.toContain(holding[0]);
  });

  it('has a neutral page title', () => {
    expect(html).toContain('<title>Calculator</title>');
  });
});

describe('the icons', () => {
  it('carry no text metadata (PNG tEXt, iTXt, zTXt chunks)', () => {
    for (const file of listFiles(STORE_BUILDS.chrome).filter((name) => name.endsWith('.png'))) {
      const bytes = readFileSync(join(STORE_BUILDS.chrome, file));
      for (const chunk of ['tEXt', 'iTXt', 'zTXt']) expect(bytes.includes(Buffer.from(chunk)), `${file} has ${chunk}`).toBe(false);
    }
  });
});
