import type { Lang } from '@/core/i18n/translate';

/** Messages shared by every screen that saves. */
const en = {
  storageFull: 'There is no room left on this device to save. Nothing was changed, and what you typed is still here.',
  saveFailed: 'This could not be saved just now. Nothing was changed, and what you typed is still here. Please try again.',
};

export type Strings = typeof en;

const es: Strings = {
  storageFull: 'No queda espacio en este dispositivo para guardar. No se ha cambiado nada y lo que escribiste sigue aquí.',
  saveFailed: 'No se ha podido guardar ahora mismo. No se ha cambiado nada y lo que escribiste sigue aquí. Vuelve a intentarlo.',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
