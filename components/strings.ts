import type { Lang } from '@/core/i18n/translate';

/** The words of the shared UI atoms, and the messages every screen that saves shares. */
const en = {
  quickClose: 'Quick close',
  quickCloseTitle: 'Quick close (Esc Esc)',
  close: 'Close',
  storageFull: 'There is no room left on this device to save. Nothing was changed, and what you typed is still here.',
  saveFailed: 'This could not be saved just now. Nothing was changed, and what you typed is still here. Please try again.',
  tryAgain: 'Try again',
  hiddenAsTyped: 'Secret field: what you type is hidden.',
};

export type Strings = typeof en;

const es: Strings = {
  quickClose: 'Cerrar rápido',
  quickCloseTitle: 'Cerrar rápido (Esc Esc)',
  close: 'Cerrar',
  storageFull: 'No queda espacio en este dispositivo para guardar. No se ha cambiado nada y lo que escribiste sigue aquí.',
  saveFailed: 'No se ha podido guardar ahora mismo. No se ha cambiado nada y lo que escribiste sigue aquí. Vuelve a intentarlo.',
  tryAgain: 'Volver a intentarlo',
  hiddenAsTyped: 'Campo secreto: lo que escribes queda oculto.',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
