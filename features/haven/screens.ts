import type { ScreenDefinition } from '@/components/screen';
import { articleScreen, resourcesScreen } from '@/features/article/screen';
import { attemptsScreen } from '@/features/attempts/screen';
import { backupScreen } from '@/features/backup/screen';
import { journalScreen } from '@/features/journal/screen';
import { planScreen } from '@/features/plan/screen';
import { remindersScreen } from '@/features/reminders/screen';
import { reportScreen } from '@/features/report/screen';
import { settingsScreen } from '@/features/settings/screen';

/**
 * Every screen of Haven, in the order Haven's home lists them. Adding a screen is one line
 * here and a `screen.ts` in its own feature folder; the shell (Haven.tsx) needs no change.
 */
export const SCREENS: readonly ScreenDefinition[] = [
  articleScreen,
  resourcesScreen,
  journalScreen,
  planScreen,
  remindersScreen,
  backupScreen,
  settingsScreen,
  reportScreen,
  attemptsScreen,
];
