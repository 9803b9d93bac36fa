import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from '../tests/e2e/fixture';
import { alreadySetUp, PASSPHRASE } from '../tests/e2e/flows';
import { record } from './record';

// Where attached files' bytes should live (issue #17, docs/design.md "Attached files"): the same
// random bytes, sealed in 256 KiB chunks with the data key, written and read back through
// storage.local (Haven's store, core/vault/attachments.ts) and through the extension's own
// IndexedDB (ArrayBuffers, no base64), at 10 MB and 200 MB (`BENCH_ATTACH_SIZES=10` narrows it).
// Then what each leaves in the profile folder, by folder, after the browser closed.

const SIZES = (process.env.BENCH_ATTACH_SIZES ?? '10,200').split(',').map(Number);

async function folderBytes(dir: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const walk = async (path: string, top: string): Promise<void> => {
    for (const entry of await readdir(path, { withFileTypes: true }).catch(() => [])) {
      const inner = join(path, entry.name);
      if (entry.isDirectory()) await walk(inner, top || entry.name);
      else if (entry.isFile()) out[top || entry.name] = (out[top || entry.name] ?? 0) + (await stat(inner)).size;
    }
  };
  await walk(dir, '');
  return out;
}

for (const megabytes of SIZES) {
  test(`attached bytes, ${megabytes} MB: storage.local chunks vs IndexedDB`, async ({ haven }) => {
    test.setTimeout(900_000);
    await alreadySetUp(haven);
    for (const [store, call] of [['storage.local', 'timeStorageLocal'], ['IndexedDB', 'timeIndexedDb']] as const) {
      const figures = await haven.bench(call, PASSPHRASE, megabytes);
      record({ metric: `attach ${megabytes} MB, write (${store})`, browser: haven.engine, value: Math.round(figures.writeMs), unit: 'ms', runs: 1 });
      record({ metric: `attach ${megabytes} MB, read (${store})`, browser: haven.engine, value: Math.round(figures.readMs), unit: 'ms', runs: 1 });
      if (figures.peakHeapMb !== null) record({ metric: `attach ${megabytes} MB, peak JS heap (${store})`, browser: haven.engine, value: figures.peakHeapMb, unit: 'MB', runs: 1 });
      console.log(`${haven.engine} ${megabytes} MB ${store}: write ${Math.round(figures.writeMs)} ms, read ${Math.round(figures.readMs)} ms, peak heap ${figures.peakHeapMb ?? '?'} MB`);
    }
  });
}

test('attached bytes on disk, 10 MB each way, after the browser closed', async ({ haven }) => {
  test.setTimeout(300_000);
  await alreadySetUp(haven);
  const before = await folderBytes(haven.profileDir);
  await haven.bench('timeStorageLocal', PASSPHRASE, 10, true);
  await haven.bench('timeIndexedDb', PASSPHRASE, 10, true);
  await haven.closeBrowser();
  const after = await folderBytes(haven.profileDir);
  const grown = Object.entries(after).map(([folder, bytes]) => [folder, bytes - (before[folder] ?? 0)] as const).filter(([, bytes]) => bytes > 1_000_000);
  console.log(`${haven.engine}: folders grown by more than 1 MB: ${grown.map(([folder, bytes]) => `${folder} +${(bytes / 1e6).toFixed(1)} MB`).join(', ')}`);
  const files = async (dir: string): Promise<string[]> => (await readdir(dir, { recursive: true }).catch(() => [])).map(String);
  const listing = [...(await files(join(haven.profileDir, 'Default', 'IndexedDB'))), ...(await files(join(haven.profileDir, 'storage', 'default')))];
  console.log(`${haven.engine}: IndexedDB files: ${listing.filter((name) => /idb|indexeddb|blob|\.files/i.test(name)).slice(0, 12).join(' | ')}`);
});
