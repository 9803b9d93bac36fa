import type { Lang } from '@/core/i18n/translate';

/** The record of attempts to get in (issue #18): its screen, and the line on Haven's home. */
const en = {
  title: 'Attempts to get in',
  intro: 'Every time this space was opened with your code, every wrong passphrase typed here, and every use of your decoy code, with when it happened. Only you see this, after your passphrase.',
  none: 'Nothing recorded yet.',
  open: 'Opened with your code',
  wrong: 'Wrong passphrase',
  memo: 'Decoy code used (the calculator’s notes opened)',
  older: { one: 'Before these: {count} more of “{what}”, {first} to {last}.', other: 'Before these: {count} more of “{what}”, {first} to {last}.' },
  'tape-missing': 'On {when}, the list of attempts made while locked was missing: someone may have removed it.',
  'tape-replaced': 'On {when}, the list of attempts made while locked had been replaced: what it held could not be read.',
  unreadable: { one: 'On {when}, {count} recorded attempt was not one this space wrote.', other: 'On {when}, {count} recorded attempts were not ones this space wrote.' },
  'record-damaged': 'On {when}, the earlier record could not be read; it was started again.',
  cannotProve: 'What this cannot prove: anyone with this computer could remove the list of attempts made while locked (you would see that here), or add made-up ones. It shows what happened on this computer, not who did it.',
  lineWrong: { one: '1 wrong passphrase on {when}.', other: '{count} wrong passphrases, the last on {when}.' },
  lineDecoy: { one: 'Your decoy code was used on {when}.', other: 'Your decoy code was used {count} times, the last on {when}.' },
  lineFinding: 'Something changed the record of attempts.',
  lineOpen: 'See attempts to get in',
  at: '{day} at {time}',
};

export type Strings = typeof en;

const es: Strings = {
  title: 'Intentos de entrar',
  intro: 'Cada vez que se abrió este espacio con tu código, cada frase de contraseña equivocada escrita aquí y cada uso de tu código señuelo, con cuándo ocurrió. Solo tú lo ves, tras tu frase de contraseña.',
  none: 'Todavía no hay nada registrado.',
  open: 'Abierto con tu código',
  wrong: 'Frase de contraseña equivocada',
  memo: 'Código señuelo usado (se abrieron las notas de la calculadora)',
  older: { one: 'Antes de estos: {count} más de «{what}», del {first} al {last}.', other: 'Antes de estos: {count} más de «{what}», del {first} al {last}.' },
  'tape-missing': 'El {when}, faltaba la lista de intentos hechos con el espacio cerrado: puede que alguien la borrara.',
  'tape-replaced': 'El {when}, la lista de intentos hechos con el espacio cerrado había sido sustituida: no se pudo leer lo que tenía.',
  unreadable: { one: 'El {when}, {count} intento registrado no lo escribió este espacio.', other: 'El {when}, {count} intentos registrados no los escribió este espacio.' },
  'record-damaged': 'El {when}, no se pudo leer el registro anterior; se empezó de nuevo.',
  cannotProve: 'Lo que esto no puede probar: cualquiera con este ordenador podría borrar la lista de intentos hechos con el espacio cerrado (lo verías aquí) o añadir intentos inventados. Muestra lo que pasó en este ordenador, no quién lo hizo.',
  lineWrong: { one: '1 frase de contraseña equivocada el {when}.', other: '{count} frases de contraseña equivocadas, la última el {when}.' },
  lineDecoy: { one: 'Se usó tu código señuelo el {when}.', other: 'Se usó tu código señuelo {count} veces, la última el {when}.' },
  lineFinding: 'Algo cambió el registro de intentos.',
  lineOpen: 'Ver los intentos de entrar',
  at: '{day} a las {time}',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
