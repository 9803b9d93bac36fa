import { test } from '../tests/e2e/fixture';
import { installAndSetUp, PASSPHRASE } from '../tests/e2e/flows';
import { median, record } from './record';

test('evidence report of 100 entries of about 500 words', async ({ haven, engine }) => {
  await installAndSetUp(haven);
  await haven.bench('seed', PASSPHRASE, 0, 100);
  const runs = [await haven.bench('timeReport', PASSPHRASE), await haven.bench('timeReport', PASSPHRASE), await haven.bench('timeReport', PASSPHRASE)];
  record({ metric: 'report of 100 entries (decrypt, chain check, PDF)', browser: engine, value: Math.round(median(runs.map((run) => run.ms))), unit: 'ms', runs: runs.length });
  record({ metric: 'report of 100 entries, PDF size', browser: engine, value: runs[0]!.bytes, unit: 'B' });
});

test('evidence report of one entry with 50 photos', async ({ haven, engine }) => {
  await installAndSetUp(haven);
  const stored = await haven.bench('seedPhotos', PASSPHRASE, 50, 2000);
  const runs = [await haven.bench('timeReport', PASSPHRASE), await haven.bench('timeReport', PASSPHRASE)];
  record({ metric: 'report with 50 photos of 2000 px (decrypt, scale, PDF)', browser: engine, value: Math.round(median(runs.map((run) => run.ms))), unit: 'ms', runs: runs.length });
  record({ metric: 'report with 50 photos: the photos as stored', browser: engine, value: stored, unit: 'B' });
  record({ metric: 'report with 50 photos: the PDF', browser: engine, value: runs[0]!.bytes, unit: 'B' });
});
