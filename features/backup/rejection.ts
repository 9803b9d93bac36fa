import type { Rejection } from '@/core/backup/read';
import { MAX_FILE_BYTES } from '@/core/backup/format';
import { fill, translator, type Lang } from '@/core/i18n/translate';
import { STRINGS } from './strings';

/**
 * Why a backup file was not added, in the reader's language: the reason's sentence, where in
 * the file when known, and that nothing was changed. core/backup/read.ts gives only the reason.
 */
export function rejectionText(rejection: Pick<Rejection, 'reason' | 'detail'>, lang: Lang): string {
  const words = STRINGS[lang];
  const t = translator(words, lang);
  const sentence = fill(words.rejections[rejection.reason], { gb: MAX_FILE_BYTES / 1024 ** 3 });
  const { detail } = rejection;
  const where = !detail ? '' : detail.kind === 'checksum' ? t('checksumDiffers') : detail.kind === 'not-migrated' ? t('entryNotUpdated', { index: detail.index }) : detail.place;
  return `${sentence}${where ? ` (${where})` : ''} ${t('nothingChanged')}`;
}
