import type { Lang } from '@/core/i18n/translate';

/**
 * The calculator's notes pad (what the decoy code opens). Words a calculator's notes could
 * have, nothing more: someone made to open it in front of another reads only notes.
 */
const en = {
  title: 'Notes',
  notes: 'Notes',
  hint: 'Saved on this computer as you type.',
  done: 'Done',
  notOpened: 'These notes could not be read. What you type now is kept.',
  full: 'There is no room left on this computer to save. What you typed is still here.',
  failed: 'This could not be saved just now. What you typed is still here; it is saved with your next change.',
};

export type Strings = typeof en;

const es: Strings = {
  title: 'Notas',
  notes: 'Notas',
  hint: 'Se guardan en este ordenador mientras escribes.',
  done: 'Listo',
  notOpened: 'No se han podido leer estas notas. Lo que escribas ahora se guarda.',
  full: 'No queda espacio en este ordenador para guardar. Lo que escribiste sigue aquí.',
  failed: 'No se ha podido guardar ahora mismo. Lo que escribiste sigue aquí; se guarda con tu próximo cambio.',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
