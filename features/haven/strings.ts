import type { Lang } from '@/core/i18n/translate';

/** Haven's frame and home screen (each screen's own name is in its feature's words). */
const en = {
  name: 'Haven',
  home: 'Home',
  title: 'You are not imagining it',
  intro: 'This space is yours. Read, write down what happened, plan a next step, or just take a breath. Press Esc twice to close everything at once.',
};

export type Strings = typeof en;

const es: Strings = {
  name: 'Haven',
  home: 'Inicio',
  title: 'No te lo estás imaginando',
  intro: 'Este espacio es tuyo. Lee, escribe lo que pasó, planea un próximo paso o simplemente respira. Pulsa Esc dos veces para cerrarlo todo de golpe.',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
