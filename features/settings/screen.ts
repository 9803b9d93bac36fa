import { labelOf, type ScreenDefinition } from '@/components/screen';
import { Settings } from './Settings';
import { STRINGS } from './strings';

/** Settings hold nothing the user wrote, so they need no passphrase. */
export const settingsScreen: ScreenDefinition = { id: 'settings', label: labelOf(STRINGS, 'title'), onHome: true, needsKey: false, View: Settings };
