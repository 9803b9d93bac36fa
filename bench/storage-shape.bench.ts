import { test } from '../tests/e2e/fixture';
import { alreadySetUp, PASSPHRASE } from '../tests/e2e/flows';
import { record } from './record';

// What the records' sizes tell a reader of storage (issue #21): 1,000 entries of four lengths
// (50 to 1,000 words, with their numbers and dates varying), then how many distinct stored
// lengths the sealed records have, and the bytes stored. Padding (core/vault/padding.ts) should
// leave few distinct lengths for a small cost in bytes.
test('record sizes a reader of storage sees, 1,000 entries of 50 to 1,000 words', async ({ haven }) => {
  test.setTimeout(300_000);
  await alreadySetUp(haven);
  let from = 0;
  for (const words of [50, 200, 500, 1000]) {
    await haven.bench('seed', PASSPHRASE, from, 250, words);
    from += 250;
  }
  const shape = await haven.bench('storageShape');
  record({ metric: 'distinct record sizes, 1,000 entries of 50 to 1,000 words', browser: haven.engine, value: shape.sizes, unit: 'sizes', runs: 1 });
  record({ metric: 'bytes stored, 1,000 entries of 50 to 1,000 words', browser: haven.engine, value: shape.bytes, unit: 'B', runs: 1 });
  console.log(`${haven.engine}: ${shape.records} sealed records, ${shape.sizes} distinct sizes, ${shape.bytes} bytes`);
});
