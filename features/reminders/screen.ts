import { labelOf, type ScreenDefinition } from '@/components/screen';
import { Reminders } from './Reminders';
import { STRINGS } from './strings';

export const remindersScreen: ScreenDefinition = { id: 'reminders', label: labelOf(STRINGS, 'title'), onHome: true, needsKey: true, View: Reminders };
