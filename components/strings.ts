import type { Lang } from '@/core/i18n/translate';

/** The words of the shared UI atoms. */
const en = {
  quickClose: 'Quick close',
  quickCloseTitle: 'Quick close (Esc Esc)',
  close: 'Close',
};

export type Strings = typeof en;

const es: Strings = {
  quickClose: 'Cerrar rápido',
  quickCloseTitle: 'Cerrar rápido (Esc Esc)',
  close: 'Cerrar',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
