import { labelOf, type ScreenDefinition } from '@/components/screen';
import { Article } from './Article';
import { Resources } from './Resources';
import { STRINGS } from './strings';

/** The article and the resources need no passphrase: they hold nothing the user wrote. */
export const articleScreen: ScreenDefinition = { id: 'article', label: labelOf(STRINGS, 'articleLink'), onHome: true, needsKey: false, View: Article };

export const resourcesScreen: ScreenDefinition = { id: 'resources', label: labelOf(STRINGS, 'resourcesTitle'), onHome: true, needsKey: false, View: Resources };
