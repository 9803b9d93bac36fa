import type { Lang } from '@/core/i18n/translate';

/** Each language's name in itself, the same on every screen so anyone can find their own. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

/** The settings screen. */
const en = {
  title: 'Settings',
  saved: 'Saved.',
  language: 'Language',
  languageAuto: 'Same as the browser',
  coverLegend: 'Toolbar icon and name',
  coverHint: 'The popup stays a working calculator whichever you choose.',
  graceLabel: 'Reopening within a few minutes',
  graceOff: 'Always show the calculator first',
  graceSkip: { one: 'Skip the calculator for {count} minute', other: 'Skip the calculator for {count} minutes' },
  safePageTitle: 'After a quick close',
  safePageLabel: 'The tab you were on goes to',
  safePageNone: 'Nowhere, it stays as it is',
  safePageWeather: 'A weather page',
  safePageNews: 'A news page',
  safePageWikipedia: 'Wikipedia',
  safePageOther: 'Another page…',
  webAddress: 'Web address',
  webAddressProblem: 'Type a web address, like weather.example.com.',
  usePage: 'Use this page',
  closeTabs: 'Also close Haven pages open in tabs',
  changeCode: 'Change the code',
  newCode: 'New code (4 to 12 digits)',
  newCodeAgain: 'Type the new code again',
  codeChanged: 'The code is changed. Use the new one from now on.',
  shortcutTitle: 'Quick close shortcut',
  shortcutNow: 'Now:',
  shortcutNone: 'No shortcut is set, or another extension took it.',
  shortcutWhere: 'To see or change it, open',
};

export type Strings = typeof en;

const es: Strings = {
  title: 'Ajustes',
  saved: 'Guardado.',
  language: 'Idioma',
  languageAuto: 'El mismo que el navegador',
  coverLegend: 'Icono y nombre en la barra de herramientas',
  coverHint: 'La ventana sigue siendo una calculadora que funciona, elijas lo que elijas.',
  graceLabel: 'Si vuelves a abrir en pocos minutos',
  graceOff: 'Mostrar siempre primero la calculadora',
  graceSkip: { one: 'Saltar la calculadora durante {count} minuto', other: 'Saltar la calculadora durante {count} minutos' },
  safePageTitle: 'Después de cerrar rápido',
  safePageLabel: 'La pestaña en la que estabas va a',
  safePageNone: 'Ningún sitio, se queda como está',
  safePageWeather: 'Una página del tiempo',
  safePageNews: 'Una página de noticias',
  safePageWikipedia: 'Wikipedia',
  safePageOther: 'Otra página…',
  webAddress: 'Dirección web',
  webAddressProblem: 'Escribe una dirección web, como tiempo.example.com.',
  usePage: 'Usar esta página',
  closeTabs: 'Cerrar también las páginas de Haven abiertas en pestañas',
  changeCode: 'Cambiar el código',
  newCode: 'Código nuevo (de 4 a 12 dígitos)',
  newCodeAgain: 'Escribe otra vez el código nuevo',
  codeChanged: 'El código ha cambiado. A partir de ahora, usa el nuevo.',
  shortcutTitle: 'Atajo para cerrar rápido',
  shortcutNow: 'Ahora:',
  shortcutNone: 'No hay ningún atajo, o lo ha tomado otra extensión.',
  shortcutWhere: 'Para verlo o cambiarlo, abre',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
