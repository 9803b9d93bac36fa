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
