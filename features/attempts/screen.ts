import { labelOf, type ScreenDefinition } from '@/components/screen';
import { Attempts } from './Attempts';
import { STRINGS } from './strings';

/** The record is sealed with the data key: the passphrase first. */
export const attemptsScreen: ScreenDefinition = { id: 'attempts', label: labelOf(STRINGS, 'title'), onHome: true, needsKey: true, View: Attempts };
