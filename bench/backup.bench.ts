import { expect, test } from '../tests/e2e/fixture';
import { installAndSetUp, PASSPHRASE } from '../tests/e2e/flows';
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
