import { expect, test } from '../tests/e2e/fixture';
import { alreadySetUp, PASSPHRASE } from '../tests/e2e/flows';
import { median, record } from './record';

// BENCH_ERASE_SIZES=100 runs one, smaller journal (while working on the scrub).
const SIZES = (process.env.BENCH_ERASE_SIZES ?? '1000,10000').split(',').map(Number);

test('erase and "Delete for good", scrub of the disk included, at 1,000 and 10,000 entries of about 500 words', async ({ haven }) => {
  test.setTimeout(900_000);
  for (const size of SIZES) {
    await alreadySetUp(haven);
    await haven.bench('seed', PASSPHRASE, 0, size);
    const bytes = await haven.bench('storageBytes');
    const purges = [await haven.bench('timePurge', PASSPHRASE), await haven.bench('timePurge', PASSPHRASE), await haven.bench('timePurge', PASSPHRASE)];
    record({ metric: `"Delete for good" with its scrub, ${size.toLocaleString('en')} entries`, browser: haven.engine, value: median(purges), unit: 'ms', runs: purges.length });
    const wipe = await haven.bench('timeWipe');
    expect(wipe.left).toBe(0);
    record({ metric: `erase code wipe with its scrub, ${size.toLocaleString('en')} entries (${(bytes / 1e6).toFixed(1)} MB stored)`, browser: haven.engine, value: wipe.ms, unit: 'ms', runs: 1 });
    console.log(`${haven.engine} ${size} entries, ${bytes} bytes: purge ${purges.map(Math.round).join(', ')} ms; wipe ${Math.round(wipe.ms)} ms`);
  }
});
