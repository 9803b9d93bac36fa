import { expect, test } from '../fixture';
import type { View } from '../fixture/view';
import type { Haven } from '../fixture';
import { alreadySetUp, CODE } from '../flows';

/** Unlock Haven in a browser set to Spanish (so Haven speaks Spanish) and open the resources. */
async function openResourcesInSpanish(haven: Haven): Promise<View> {
  const popup = await haven.openPopup();
  await popup.waitFor('main', 'Calculator');
  await popup.type(`${CODE}=`);
  await popup.waitFor('button', 'Cerrar rápido', { timeoutMs: 10_000 });
  await popup.click('button', 'Ayuda y recursos');
  await popup.waitFor('heading', 'Ayuda y recursos');
  return popup;
}

/** The numbers of the call links, in the order they are on the page. */
function callNumbers(popup: View): Promise<string[]> {
  return popup.page.evaluate(() => Array.from(document.querySelectorAll('a[href^="tel:"]')).map((link) => link.getAttribute('href')!.slice(4)), undefined);
}

test.describe('in a browser set to Spanish (Spain)', () => {
  test.use({ locale: 'es-ES' });

  test('the resources open on Spain with 112 first and 016, switch to Mexico, and remember it', async ({ haven }) => {
    await alreadySetUp(haven);
    const popup = await openResourcesInSpanish(haven);

    expect(await popup.value('combobox', 'País')).toBe('ES');
    await popup.waitFor('heading', 'España');
    const spain = await callNumbers(popup);
    expect(spain[0]).toBe('112');
    expect(spain).toContain('016');
    const text = await popup.text();
    expect(text).toContain('600 000 016');
    expect(text).toContain('Haven eligió este país según el idioma configurado en tu navegador.');
    expect(text).toContain('Antes de llamar o escribir');
    expect(text).toMatch(/sin prefijo de país/);
    expect(await popup.axe()).toEqual([]);

    // The WhatsApp link is shown with its number and opens only on a click, in a new tab.
    const whatsapp = await popup.page.evaluate(() => {
      const link = document.querySelector('a[href^="https://wa.me/"]')!;
      return { target: link.getAttribute('target'), rel: link.getAttribute('rel'), number: link.parentElement!.querySelector('.number')!.textContent };
    }, undefined);
    expect(whatsapp).toEqual({ target: '_blank', rel: 'noreferrer noopener', number: '600 000 016' });

    await popup.select('País', 'México');
    await popup.waitFor('heading', 'México');
    const mexico = await callNumbers(popup);
    expect(mexico[0]).toBe('911');
    expect(mexico).toContain('079');
    expect(mexico).not.toContain('016');
    expect(await popup.axe()).toEqual([]);

    // Remembered like every setting, sealed in the one settings record, and nowhere else.
    const stored = await haven.storage();
    expect(Object.keys(stored)).toContain('prefs');
    expect(JSON.stringify(stored)).not.toContain('"MX"');
    expect(await haven.syncStorage()).toEqual({});
    await popup.page.close();
    const again = await openResourcesInSpanish(haven);
    expect(await again.value('combobox', 'País')).toBe('MX');
    await again.waitFor('heading', 'México');
    expect(await again.text()).toContain('Elegiste este país');
  });

  test('a country planted in storage that Haven never offers is not obeyed', async ({ haven }) => {
    await alreadySetUp(haven);
    const prefs = (await haven.storage()).prefs as Record<string, unknown>;
    await haven.putStorage({ prefs: { ...prefs, country: 'ZZ' } });
    const popup = await openResourcesInSpanish(haven);
    expect(await popup.value('combobox', 'País')).toBe('ES');
    await popup.waitFor('heading', 'España');
  });
});

test.describe('in a browser that names a language but no country', () => {
  test.use({ locale: 'es' });

  test('the resources guess no country: every emergency number by country, and a chooser', async ({ haven }) => {
    await alreadySetUp(haven);
    const popup = await openResourcesInSpanish(haven);
    expect(await popup.value('combobox', 'País')).toBe('');
    const text = await popup.text();
    expect(text).toContain('Elige tu país arriba para ver sus líneas de ayuda.');
    expect(await popup.has('heading', 'España')).toBe(false);
    const numbers = await callNumbers(popup);
    for (const number of ['112', '911', '999', '000', '111', '133', '123']) expect(numbers).toContain(number);
    expect(await popup.axe()).toEqual([]);

    await popup.select('País', 'Chile');
    await popup.waitFor('heading', 'Chile');
    expect(await popup.text()).toContain('Ya no atiende las 24 horas');
    expect((await callNumbers(popup)).slice(0, 2)).toEqual(['133', '1455']);
  });
});
