import { labelOf, type ScreenDefinition } from '@/components/screen';
import { Report } from './Report';
import { STRINGS } from './strings';

/** Reached from the journal ("Make a report"), not from Haven's home. */
export const reportScreen: ScreenDefinition = { id: 'report', label: labelOf(STRINGS, 'reportTitle'), onHome: false, needsKey: true, View: Report };
