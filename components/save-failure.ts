import type { Lang } from '@/core/i18n/translate';
import { StorageFullError } from '@/core/vault/area';
import { STRINGS } from './strings';

/** The plain words for a save that did not happen. Nothing was changed in either case. */
export function saveFailureMessage(error: unknown, lang: Lang): string {
  return error instanceof StorageFullError ? STRINGS[lang].storageFull : STRINGS[lang].saveFailed;
}
