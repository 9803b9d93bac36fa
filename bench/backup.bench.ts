import { expect, test } from '../tests/e2e/fixture';
import { installAndSetUp, PASSPHRASE } from '../tests/e2e/flows';
import { watchBrowserMemory } from './browser-memory';
import { record } from './record';

/** BENCH_BACKUP_SIZES=10000 for the one size the goals are set at. */
const SIZES = (process.env.BENCH_BACKUP_SIZES ?? '1000,10000').split(',').map(Number);

test('backup: save a copy and restore it, at 1,000 and 10,000 entries of about 500 words', async ({ haven }) => {
  test.setTimeout(1_200_000);
  await installAndSetUp(haven);
  let count = 0;
  for (const size of SIZES) {
    count = await haven.bench('seed', PASSPHRASE, count, size - count);
    const run = await haven.bench('timeBackup', PASSPHRASE);
    expect(run.restored).toBe(size);
    const label = size.toLocaleString('en');
    record({ metric: `backup ${label}: save a copy (KDF + encrypt)`, browser: haven.engine, value: run.exportMs, unit: 'ms' });
    record({ metric: `backup ${label}: file size`, browser: haven.engine, value: Math.round(run.bytes / 1024), unit: 'KiB' });
    record({ metric: `backup ${label}: restore, read (KDF + decrypt + check)`, browser: haven.engine, value: run.readMs, unit: 'ms' });
    record({ metric: `backup ${label}: restore, preview`, browser: haven.engine, value: run.previewMs, unit: 'ms' });
    record({ metric: `backup ${label}: restore, add to an empty journal`, browser: haven.engine, value: run.applyMs, unit: 'ms' });
    // The page's whole JS heap at its highest (the journal's own data included), where the browser tells it (Chromium).
    if (run.saveHeapMiB !== null) record({ metric: `backup ${label}: save, peak JS heap`, browser: haven.engine, value: Math.round(run.saveHeapMiB), unit: 'MiB' });
    if (run.restoreHeapMiB !== null) record({ metric: `backup ${label}: restore (read + add), peak JS heap`, browser: haven.engine, value: Math.round(run.restoreHeapMiB), unit: 'MiB' });
  }
});

/** BENCH_BACKUP_FILES_MB: how many MB of attached files (10 MB each), 200 by default. */
const FILES_MB = Number(process.env.BENCH_BACKUP_FILES_MB ?? 200);

test(`backup: save a copy with ${FILES_MB} MB of attached files and restore it`, async ({ haven }) => {
  test.setTimeout(1_200_000);
  await installAndSetUp(haven);
  const files = await haven.bench('seedFiles', PASSPHRASE, FILES_MB);
  const label = `backup, ${FILES_MB} MB of files`;
  // Each step on its own, the browser's memory watched from outside (PSS of all its processes).
  const steps = [
    ['save', 'save a copy (KDF + read + encrypt)'],
    ['empty', ''],
    ['read', 'restore, read (KDF + decrypt + check)'],
    ['add', 'restore, add to an empty journal (files written)'],
  ] as const;
  for (const [step, metric] of steps) {
    const memory = await watchBrowserMemory(haven.profileDir);
    const run = await haven.bench('copyStep', step, PASSPHRASE);
    const { startMiB, peakMiB } = await memory.stop();
    if (!metric) continue;
    if (step !== 'read') expect(run.files).toBe(files);
    record({ metric: `${label}: ${metric}`, browser: haven.engine, value: run.ms, unit: 'ms' });
    record({ metric: `${label}: ${step}, browser memory (PSS) at its highest, above the step's start`, browser: haven.engine, value: Math.round(peakMiB - startMiB), unit: 'MiB' });
  }
});
