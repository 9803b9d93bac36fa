import type { Lang } from '@/core/i18n/translate';

/** "Believe yourself": the reminders screen. */
const en = {
  title: 'Reminders',
  intro: 'If something feels wrong, it is wrong. Write down what you know to be true, for the days doubt creeps in.',
  openFailed: 'The saved reminders could not be opened. They are kept as they are.',
  remove: 'Remove',
  removeItem: 'Remove: {item}',
  newLabel: 'Something I know to be true',
  keep: 'Keep this',
};

export type Strings = typeof en;

const es: Strings = {
  title: 'Recordatorios',
  intro: 'Si algo se siente mal, es que está mal. Escribe lo que sabes que es verdad, para los días en que aparezca la duda.',
  openFailed: 'No se han podido abrir los recordatorios guardados. Se conservan tal como están.',
  remove: 'Quitar',
  removeItem: 'Quitar: {item}',
  newLabel: 'Algo que sé que es verdad',
  keep: 'Guardar esto',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
