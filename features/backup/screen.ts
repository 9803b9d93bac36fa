import { labelOf, type ScreenDefinition } from '@/components/screen';
import { Backup } from './Backup';
import { STRINGS } from './strings';

export const backupScreen: ScreenDefinition = { id: 'backup', label: labelOf(STRINGS, 'title'), onHome: true, needsKey: true, View: Backup };
