import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { launchChromium } from '../tests/e2e/fixture/chromium';
import { E2E_BUILD, type Engine } from '../tests/e2e/fixture';
import { launchFirefox } from '../tests/e2e/fixture/firefox';
import { NetworkGuard } from '../tests/e2e/fixture/network-guard';
import { median, record } from './record';

const test = base.extend<object, { engine: Engine }>({ engine: ['chromium', { option: true, scope: 'worker' }] });
const RUNS = 5;

test('cold start and cover paint', async ({ engine }) => {
  const guard = new NetworkGuard();
  const proxyPort = await guard.start();
  const coldStarts: number[] = [];
  const paints: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const profileDir = await mkdtemp(join(tmpdir(), 'haven-bench-'));
    const started = performance.now();
    const driver = await (engine === 'chromium' ? launchChromium : launchFirefox)({ extensionDir: E2E_BUILD[engine], profileDir, proxyPort, colorScheme: 'light' });
    coldStarts.push(performance.now() - started);
    const popup = await driver.openPage('/popup.html');
    paints.push(
      await popup.evaluate(async () => {
        // First contentful paint of the popup page, from the start of its navigation.
        for (let i = 0; i < 100; i++) {
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          if (paint) return paint.startTime;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return Number.NaN;
      }, undefined),
    );
    await driver.close();
    await rm(profileDir, { recursive: true, force: true });
  }
  await guard.stop();
  record({ metric: 'browser launch to extension ready', browser: engine, value: median(coldStarts), unit: 'ms', runs: RUNS });
  record({ metric: 'popup open to cover painted (FCP)', browser: engine, value: median(paints), unit: 'ms', runs: RUNS });
});
