import type { DocumentOutcome } from '@/core/backup/merge';
import type { RestorePreview } from '@/core/backup/restore';
import { useT } from '@/features/i18n/language';
import { formatWritten } from '@/core/i18n/dates';
import { formatSize } from './download';
import { STRINGS } from './strings';

/** What adding the copy would do, in words, before anything is written. */
export function PreviewList({ preview }: { preview: RestorePreview }) {
  const { t, locale } = useT(STRINGS);
  const lines = [
    preview.new && t('previewNew', { count: preview.new }),
    preview.identical && t('previewIdentical', { count: preview.identical }),
    preview.conflicting && t('previewConflicting', { count: preview.conflicting }),
    preview.skipped && t('previewSkipped', { count: preview.skipped }),
    preview.files.toAdd && t('previewFiles', { count: preview.files.toAdd, size: formatSize(preview.files.bytesToAdd, t, locale) }),
    preview.files.notInCopy && t('previewFilesMissing', { count: preview.files.notInCopy }),
    documentLine(preview.plan, { added: t('planAdded'), merged: t('planMerged'), kept: t('planKept') }),
    documentLine(preview.reminders, { added: t('remindersAdded'), merged: t('remindersMerged'), kept: t('remindersKept') }),
    preview.draft === 'added' && t('draftAdded'),
    preview.draft === 'kept-device' && t('draftKept'),
    t('settingsNotUsed'),
  ].filter((line): line is string => typeof line === 'string');

  const { range } = preview;
  return (
    <div aria-labelledby="preview-title">
      <h3 id="preview-title">{t('previewTitle')}</h3>
      <p>
        {range
          ? t('holdsBetween', { count: preview.total, from: formatWritten(range.from, locale), to: formatWritten(range.to, locale) })
          : t('holds', { count: preview.total })}
      </p>
      <ul>
        {lines.map((line) => <li key={line}>{line}</li>)}
      </ul>
      {preview.revisionsToAdd === 0 && !preview.files.toAdd && <p>{t('nothingToAdd')}</p>}
    </div>
  );
}

/** The line for the plan or the reminders; each language words them whole (they differ in gender and number). */
function documentLine(outcome: DocumentOutcome, words: { added: string; merged: string; kept: string }): string | null {
  switch (outcome) {
    case 'added':
      return words.added;
    case 'merged':
      return words.merged;
    case 'kept-device':
      return words.kept;
    default:
      return null;
  }
}
