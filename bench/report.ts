import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { record, ROWS_FILE, type BenchRow } from './record';

/**
 * Global setup: start a fresh results file with the static figures (bundle bytes), and
 * return the teardown that prints the table and writes bench-results/bench.json.
 */
export default function setup(): () => void {
  rmSync(ROWS_FILE, { force: true });
  recordPopupBytes();
  recordArticleBytes();
  return () => {
    const rows = readFileSync(ROWS_FILE, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as BenchRow);
    writeFileSync(resolve('bench-results/bench.json'), `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
    printTable(rows);
  };
}

/** Bytes of everything popup.html loads at open (the cover): scripts and styles it links. */
function recordPopupBytes(): void {
  const dir = resolve('.output/chrome-mv3');
  if (!existsSync(`${dir}/popup.html`)) throw new Error('Run `npm run build` first (npm run bench does).');
  const html = readFileSync(`${dir}/popup.html`, 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(js|css))"/g)].map((match) => match[1]!);
  for (const kind of ['js', 'css'] as const) {
    const files = linked.filter((file) => file.endsWith(`.${kind}`)).map((file) => readFileSync(`${dir}${file}`));
    const raw = files.reduce((sum, file) => sum + file.length, 0);
    const gzip = files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
    record({ metric: `cover ${kind.toUpperCase()} at popup open, raw`, browser: 'both', value: raw, unit: 'B' });
    record({ metric: `cover ${kind.toUpperCase()} at popup open, gzip`, browser: 'both', value: gzip, unit: 'B' });
  }
}

/**
 * Bytes of the chunk that carries the article (found by its title; both languages' text is in
 * it). It loads after the code, never with the cover.
 */
function recordArticleBytes(): void {
  const dir = resolve('.output/chrome-mv3/chunks');
  const chunks = readdirSync(dir).filter((file) => file.endsWith('.js') && readFileSync(`${dir}/${file}`, 'utf8').includes('Why Leaving a Narcissist'));
  if (chunks.length !== 1) throw new Error(`Expected one chunk with the article, found: ${chunks.join(', ') || 'none'}`);
  const bytes = readFileSync(`${dir}/${chunks[0]}`);
  // Chunk names are hashes (wxt.config.ts), so the metric names the chunk by what it carries.
  record({ metric: 'article chunk, raw', browser: 'both', value: bytes.length, unit: 'B' });
  record({ metric: 'article chunk, gzip', browser: 'both', value: gzipSync(bytes, { level: 9 }).length, unit: 'B' });
}

function printTable(rows: BenchRow[]): void {
  const metrics = [...new Set(rows.map((row) => row.metric))];
  const browsers = ['both', 'chromium', 'firefox'].filter((browser) => rows.some((row) => row.browser === browser));
  const cell = (metric: string, browser: string) => {
    const row = rows.find((r) => r.metric === metric && r.browser === browser);
    return row ? `${Number.isInteger(row.value) ? row.value : row.value.toFixed(1)} ${row.unit}` : '';
  };
  const header = ['metric', ...browsers];
  const body = metrics.map((metric) => [metric, ...browsers.map((browser) => cell(metric, browser))]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((line) => line[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const cells of body) console.log(line(cells));
  console.log('\n(bench-results/bench.json has the same figures)');
}
