import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { STRINGS } from '../../features/unlock/strings';
import { pngSize } from '../build/png-size';
import { PURPOSE_WORDS } from '../build/purpose-words';

/*
 * The listing's screenshots (docs/store.md says which and why), made from the store build
 * (.output/chrome-mv3, `npm run build`) in a fresh profile: the calculator and the neutral
 * setup screens, in English and Spanish. The store page is public and the person she hides from
 * may read it, so every screen shot is checked for words that name Haven's purpose before it
 * is kept. Written to .output/store/<lang>/ at the Chrome Web Store's 1280×800 (AMO takes the
 * same), plus the 440×280 small promo tile. Nothing leaves the browser: its proxy is a closed port.
 */

const STORE_BUILD = resolve('.output/chrome-mv3');
const OUT = resolve('.output/store');
const CHROMIUM = process.env.HAVEN_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOT = { width: 1280, height: 800 };
const PROMO_TILE = { width: 440, height: 280 };

async function openStoreBuild(locale: string): Promise<{ context: BrowserContext; popup: Page; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'haven-store-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    viewport: { width: 420, height: 560 },
    deviceScaleFactor: 2,
    args: [
      `--disable-extensions-except=${STORE_BUILD}`,
      `--load-extension=${STORE_BUILD}`,
      `--lang=${locale}`,
      '--proxy-server=http://127.0.0.1:9',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  return { context, popup, profile };
}

/** The popup as the toolbar shows it: just its content (the toolbar popup sizes to it), at twice the pixels. */
async function shootPopup(popup: Page): Promise<Buffer> {
  const text = await popup.locator('body').innerText();
  expect(text, 'a store screenshot shows nothing that names what the private part is for').not.toMatch(PURPOSE_WORDS);
  const box = await popup.evaluate(() => {
    const rects = [...document.body.querySelectorAll('*')].map((element) => element.getBoundingClientRect());
    return { width: Math.ceil(Math.max(...rects.map((rect) => rect.right))), height: Math.ceil(Math.max(...rects.map((rect) => rect.bottom))) };
  });
  return popup.screenshot({ clip: { x: 0, y: 0, width: box.width, height: Math.min(box.height, 540) } });
}

/** A store-sized image: the popup (or the icon), centred on a plain background. */
async function frame(context: BrowserContext, image: Buffer, size: { width: number; height: number }, scale: number): Promise<Buffer> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  // The image was taken at two device pixels per CSS pixel; `scale` enlarges it from there.
  const style = `border-radius:8px;box-shadow:0 8px 32px rgba(0,0,0,.18);width:${(pngSize(image).width / 2) * scale}px`;
  await page.setContent(`<!doctype html><body style="margin:0;width:${size.width}px;height:${size.height}px;display:flex;align-items:center;justify-content:center;background:linear-gradient(#e9edf2,#dfe4ea)"><img style="${style}" src="data:image/png;base64,${image.toString('base64')}"></body>`);
  const png = await page.screenshot({ clip: { x: 0, y: 0, ...size }, scale: 'css' });
  await page.close();
  return png;
}

for (const lang of ['en', 'es'] as const) {
  test(`the store screenshots, ${lang}`, async () => {
    const words = STRINGS[lang];
    const { context, popup, profile } = await openStoreBuild(lang === 'en' ? 'en-US' : 'es-ES');
    try {
      const shots: Record<string, Buffer> = {};
      await popup.getByRole('heading', { name: words.welcomeTitle }).waitFor();
      shots['2-welcome'] = await shootPopup(popup);
      await popup.getByRole('button', { name: words.start }).click();
      await popup.getByRole('textbox', { name: words.code, exact: true }).fill('2580');
      await popup.getByRole('textbox', { name: words.codeAgain }).fill('2580');
      shots['3-code'] = await shootPopup(popup);
      await popup.getByRole('button', { name: words.continue }).click();
      await popup.getByRole('textbox', { name: words.passphrase, exact: true }).fill('maple river quietly 42');
      await popup.getByRole('textbox', { name: words.passphraseAgain }).fill('maple river quietly 42');
      await popup.getByRole('button', { name: words.continue }).click();
      await popup.getByRole('button', { name: words.finish }).click({ timeout: 20_000 });
      await popup.getByRole('heading', { name: words.finishedTitle }).waitFor();
      shots['4-all-set'] = await shootPopup(popup);
      await popup.getByRole('button', { name: words.done }).click();
      await popup.getByRole('main', { name: 'Calculator' }).waitFor();
      for (const key of ['1', '2', '5', '0', 'multiply', '1', '2', 'equals']) await popup.getByRole('button', { name: key, exact: true }).click();
      await expect(popup.locator('output')).toHaveText('15000');
      shots['1-calculator'] = await shootPopup(popup);

      mkdirSync(join(OUT, lang), { recursive: true });
      for (const [name, png] of Object.entries(shots)) {
        const image = await frame(context, png, SCREENSHOT, 1.4);
        expect(pngSize(image), name).toEqual(SCREENSHOT);
        writeFileSync(join(OUT, lang, `${name}.png`), image);
      }
      const tile = await frame(context, readFileSync(join(STORE_BUILD, 'icons/calculator-128.png')), PROMO_TILE, 2);
      expect(pngSize(tile)).toEqual(PROMO_TILE);
      writeFileSync(join(OUT, lang, 'promo-tile-440x280.png'), tile);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
