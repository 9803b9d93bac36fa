import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS } from './built';
import { cleanCopy, differences, linkNodeModules, readTree, ROOT, run } from './clean-copy';
import { zipEntries } from './zip-entries';

/*
 * The add-on site's reviewers rebuild the Firefox package from its sources archive and diff the
 * result with what was submitted; any difference and the version is rejected. So: two clean
 * copies of this tree each make both store packages (`wxt zip`, `wxt zip -b firefox`), and the
 * sources archive one of them made is extracted and built with the commands REVIEWERS.md gives.
 * Everything must be identical, byte for byte. About 30 s: five builds.
 */

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const PACKAGES = [`haven-${VERSION}-chrome.zip`, `haven-${VERSION}-firefox.zip`, `haven-${VERSION}-sources.zip`];
const wxt = join(ROOT, 'node_modules/.bin/wxt');

/** The shell lines under REVIEWERS.md's build-commands marker. */
export function reviewerCommands(readme: string): string[] {
  const block = /<!-- build-commands[^>]*-->\s*```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('REVIEWERS.md has no build-commands block');
  return block[1]!.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

let work: string;
const made: Record<'a' | 'b', Map<string, Buffer>> = { a: new Map(), b: new Map() };
let fromSources: Map<string, Buffer>;
let sources: Map<string, Buffer>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'haven-reproducible-'));
  for (const name of ['a', 'b'] as const) {
    const dir = cleanCopy(join(work, name));
    linkNodeModules(dir);
    run(dir, wxt, ['zip']);
    run(dir, wxt, ['zip', '-b', 'firefox']);
    for (const file of PACKAGES) made[name].set(file, readFileSync(join(dir, '.output', file)));
  }

  // A reviewer's machine: the sources archive extracted into an empty folder, then exactly the
  // commands written inside it (`npm ci` stands in by a link to the same installed packages).
  sources = zipEntries(made.a.get(`haven-${VERSION}-sources.zip`)!);
  const reviewer = join(work, 'reviewer');
  for (const [name, bytes] of sources) {
    mkdirSync(dirname(join(reviewer, name)), { recursive: true });
    writeFileSync(join(reviewer, name), bytes);
  }
  for (const line of reviewerCommands(sources.get('REVIEWERS.md')!.toString('utf8'))) {
    if (line === 'npm ci') {
      linkNodeModules(reviewer);
      run(reviewer, wxt, ['prepare']); // npm ci's postinstall
    } else {
      const [command, ...args] = line.split(/\s+/);
      run(reviewer, command!, args);
    }
  }
  fromSources = readTree(join(reviewer, '.output/firefox-mv3'));
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the store packages', () => {
  it('are byte-identical when made twice from clean copies of the sources', () => {
    for (const file of PACKAGES) {
      expect(made.a.get(file)!.length, file).toBeGreaterThan(1000);
      expect(made.b.get(file)!.equals(made.a.get(file)!), `${file} differs between two clean builds`).toBe(true);
    }
  });

  it('hold the same files, file by file, as each other and as this working copy\'s build', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const a = zipEntries(made.a.get(`haven-${VERSION}-${browser}.zip`)!);
      expect(a.size).toBeGreaterThan(10);
      expect(differences(a, zipEntries(made.b.get(`haven-${VERSION}-${browser}.zip`)!)), browser).toEqual([]);
      expect(differences(a, readTree(BUILDS[browser])), `${browser}: .output/${browser}-mv3 (npm run build)`).toEqual([]);
    }
  });
});

describe('the Firefox sources archive', () => {
  it('rebuilds, with the commands written inside it, exactly the submitted package', () => {
    const submitted = zipEntries(made.a.get(`haven-${VERSION}-firefox.zip`)!);
    expect(fromSources.size).toBe(submitted.size);
    expect(differences(submitted, fromSources)).toEqual([]);
  });

  it('holds the reviewers\' instructions, the lock file npm ci installs from, and nothing a test run leaves behind', () => {
    expect(reviewerCommands(sources.get('REVIEWERS.md')!.toString('utf8'))).toEqual(['npm ci', 'npm run build-for-amo']);
    expect(sources.get('package-lock.json')!.equals(readFileSync(join(ROOT, 'package-lock.json')))).toBe(true);
    expect([...sources.keys()].filter((name) => /^(\.|node_modules\/|\.output\/|test-results\/|bench-results\/|playwright-report\/)/.test(name))).toEqual([]);
  });
});
