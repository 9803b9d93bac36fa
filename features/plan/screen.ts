import { labelOf, type ScreenDefinition } from '@/components/screen';
import { SafetyPlan } from './SafetyPlan';
import { STRINGS } from './strings';

export const planScreen: ScreenDefinition = { id: 'plan', label: labelOf(STRINGS, 'title'), onHome: true, needsKey: true, View: SafetyPlan };
