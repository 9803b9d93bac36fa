import { test } from '../tests/e2e/fixture';
import { alreadySetUp, PASSPHRASE } from '../tests/e2e/flows';
import { record } from './record';

// What the records' sizes tell a reader of storage (issue #21): 1,000 entries of twenty lengths
// (20 to 970 words, 50 of each), then how many distinct stored lengths the sealed records have,
// and the bytes stored. Padding (core/vault/padding.ts) should
// leave few distinct lengths for a small cost in bytes.
test('record sizes a reader of storage sees, 1,000 entries of 20 to 970 words', async ({ haven }) => {
  test.setTimeout(300_000);
  await alreadySetUp(haven);
  let from = 0;
  for (let words = 20; words < 1000; words += 50) {
    await haven.bench('seed', PASSPHRASE, from, 50, words);
    from += 50;
  }
  const shape = await haven.bench('storageShape');
  record({ metric: 'distinct record sizes, 1,000 entries of 20 to 970 words', browser: haven.engine, value: shape.sizes, unit: 'sizes', runs: 1 });
  record({ metric: 'bytes stored, 1,000 entries of 20 to 970 words', browser: haven.engine, value: shape.bytes, unit: 'B', runs: 1 });
  console.log(`${haven.engine}: ${shape.records} sealed records, ${shape.sizes} distinct sizes, ${shape.bytes} bytes`);
});
