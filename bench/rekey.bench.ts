import { expect, test } from '../tests/e2e/fixture';
import { installAndSetUp, PASSPHRASE } from '../tests/e2e/flows';
import { median, record } from './record';

// BENCH_REKEY_SIZES=1000 runs one size only.
const SIZES = (process.env.BENCH_REKEY_SIZES ?? '1000,10000').split(',').map(Number);
const OTHER = 'copper lantern sleeps 77';

test('passphrase change (re-key) at 1,000 and 10,000 entries, and the unlock KDF', async ({ haven }) => {
  test.setTimeout(1_200_000);
  await installAndSetUp(haven);
  const kdf = median([await haven.bench('timeKdf', PASSPHRASE), await haven.bench('timeKdf', PASSPHRASE), await haven.bench('timeKdf', PASSPHRASE)]);
  record({ metric: 'unlock KDF, Argon2id 64 MiB t=3 (median of 3)', browser: haven.engine, value: kdf, unit: 'ms' });
  let count = 0;
  let passphrase = PASSPHRASE;
  for (const size of SIZES) {
    count = await haven.bench('seed', passphrase, count, size - count);
    const next = passphrase === PASSPHRASE ? OTHER : PASSPHRASE;
    const run = await haven.bench('timeRekey', passphrase, next);
    expect(run.resealed).toBeGreaterThanOrEqual(size);
    passphrase = next;
    record({ metric: `passphrase change ${size.toLocaleString('en')}: every record sealed again`, browser: haven.engine, value: run.ms, unit: 'ms' });
  }
});
