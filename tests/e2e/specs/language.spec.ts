import { expect, test } from '../fixture';
import { alreadySetUp, CODE, openHaven, openJournal, PASSPHRASE } from '../flows';

const ARTICLE_ES = 'Por qué dejar a un narcisista parece imposible (y cómo empezar de todos modos)';

test('Haven switches to Spanish in Settings, everywhere at once, keeps it, and switches back', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await popup.select('Language', 'Español');

  // At once: the screen it was chosen on, the frame, and the page's language for screen readers.
  await popup.waitFor('heading', 'Ajustes');
  await popup.waitFor('combobox', 'Idioma');
  await popup.waitFor('button', 'Cerrar rápido');
  expect(await popup.page.evaluate(() => document.documentElement.lang, undefined)).toBe('es');
  await popup.click('button', '← Inicio');
  await popup.waitFor('heading', 'No te lo estás imaginando');
  expect(await popup.axe()).toEqual([]);

  // The article, in Spanish and marked as a translation.
  await popup.click('button', 'Por qué irse parece imposible');
  await popup.waitFor('heading', ARTICLE_ES);
  await popup.waitFor('navigation', 'En este artículo');
  await popup.waitFor('button', 'Texto más grande');
  expect(await popup.text()).toContain('Traducción del artículo original en inglés.');
  expect(await popup.axe()).toEqual([]);

  // The journal: a passphrase asked in Spanish, an entry written and saved in Spanish.
  await popup.click('button', '← Inicio');
  await popup.click('button', 'Diario');
  await popup.fill('textbox', 'Frase de contraseña', PASSPHRASE);
  await popup.click('button', 'Abrir');
  await popup.waitFor('button', 'Nueva entrada', { timeoutMs: 15_000 });
  await popup.waitFor('heading', 'Diario');
  await popup.click('button', 'Nueva entrada');
  await popup.waitFor('heading', 'Nueva entrada');
  await popup.fill('textbox', 'Qué pasó', 'Me dijo que lo había soñado.');
  await popup.click('checkbox', 'Luz de gas (gaslighting)');
  await popup.click('button', 'Guardar la entrada');
  await popup.waitFor('button', 'Editar');
  await popup.waitForText((text) => text.includes('Guardado.') && text.includes('Escrita el'), 'the saved entry in Spanish');
  await popup.click('button', 'Volver a la lista');
  await popup.waitForText((text) => text.includes('1 de 1 entradas'), 'the list in Spanish');
  // The kind is found by its name in either language.
  await popup.fill('searchbox', 'Buscar', 'gaslighting');
  await popup.waitForText((text) => text.includes('1 de 1 entradas'), 'found by its English name');
  await popup.fill('searchbox', 'Buscar', 'luz de gas');
  await popup.waitForText((text) => text.includes('1 de 1 entradas'), 'found by its Spanish name');

  // The safety plan, unlocked in the same session.
  await popup.click('button', '← Inicio');
  await popup.click('button', 'Plan de seguridad');
  await popup.waitFor('heading', 'Plan de seguridad');
  await popup.waitFor('checkbox', 'Medicamentos');
  expect(await popup.axe()).toEqual([]);

  // Back up or restore, the evidence report and the erase code, in Spanish too.
  await popup.click('button', '← Inicio');
  await popup.click('button', 'Copia de seguridad');
  await popup.waitFor('heading', 'Copia de seguridad');
  await popup.waitFor('heading', 'Guardar una copia');
  await popup.waitFor('textbox', 'Tu frase de contraseña');
  expect(await popup.text()).toContain('La lista de descargas de tu navegador');
  expect(await popup.axe()).toEqual([]);
  await popup.click('button', 'Añadir desde una copia');
  await popup.waitFor('heading', 'Añadir desde una copia');
  await popup.waitFor('button', 'Abrir la copia');
  await popup.click('button', 'Abrir la copia');
  await popup.waitForText((text) => text.includes('Primero elige el archivo.'), 'a problem said in Spanish');
  await popup.click('button', '← Inicio');
  await popup.click('button', 'Diario');
  await popup.click('button', 'Hacer un informe');
  await popup.waitFor('heading', 'Un informe para imprimir o compartir');
  await popup.waitFor('checkbox', 'Control económico');
  expect(await popup.axe()).toEqual([]);
  await popup.click('button', '← Inicio');
  await popup.click('button', 'Ajustes');
  await popup.waitFor('heading', 'Borrarlo todo con un código');
  await popup.waitFor('button', 'Activar el código de borrado');
  await popup.page.close();

  // Kept: the next unlock opens in Spanish, while the cover stays the same calculator.
  const again = await haven.openPopup();
  await again.waitFor('main', 'Calculator');
  await again.type(`${CODE}=`);
  await again.waitFor('button', 'Cerrar rápido', { timeoutMs: 10_000 });
  await again.waitFor('heading', 'No te lo estás imaginando');

  // And back to English, with every English word as before.
  await again.click('button', 'Ajustes');
  await again.select('Idioma', 'English');
  await again.waitFor('heading', 'Settings');
  await again.waitFor('button', 'Quick close');
  await again.click('button', '← Home');
  await again.waitFor('heading', 'You are not imagining it');
  await openJournal(again);
  await again.waitForText((text) => text.includes('1 of 1 entries'), 'the list in English');
  expect(await again.page.evaluate(() => document.documentElement.lang, undefined)).toBe('en');
});

test('Spanish resources have no accessibility violations', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await popup.select('Language', 'Español');
  await popup.click('button', '← Inicio');
  await popup.click('button', 'Ayuda y recursos');
  await popup.waitFor('heading', 'Ayuda y recursos');
  await popup.waitFor('heading', 'Líneas de ayuda');
  expect(await popup.axe()).toEqual([]);
});

test.describe('in a dark system theme', () => {
  test.use({ colorScheme: 'dark' });
  test('Spanish home, article and resources have no accessibility violations', async ({ haven }) => {
    await alreadySetUp(haven);
    const popup = await openHaven(haven);
    await popup.click('button', 'Settings');
    await popup.select('Language', 'Español');
    await popup.click('button', '← Inicio');
    await popup.waitFor('heading', 'No te lo estás imaginando');
    expect(await popup.axe()).toEqual([]);
    await popup.click('button', 'Por qué irse parece imposible');
    await popup.waitFor('heading', ARTICLE_ES);
    expect(await popup.axe()).toEqual([]);
    await popup.click('button', '← Inicio');
    await popup.click('button', 'Ayuda y recursos');
    await popup.waitFor('heading', 'Ayuda y recursos');
    expect(await popup.axe()).toEqual([]);
  });
});
