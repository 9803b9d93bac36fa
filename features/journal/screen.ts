import { labelOf, type ScreenDefinition } from '@/components/screen';
import { Journal } from './Journal';
import { STRINGS } from './strings';

export const journalScreen: ScreenDefinition = { id: 'journal', label: labelOf(STRINGS, 'title'), onHome: true, needsKey: true, View: Journal };
