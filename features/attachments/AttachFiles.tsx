import { useId } from 'preact/hooks';
import { useT } from '@/features/i18n/language';
import { incomingFromFiles } from './add-files';
import { STRINGS } from './strings';
import type { Attaching } from './useAttaching';

/** The editor's "Attach files" picker and "Capture this page", the limits in words, and what the last add did. */
export function AttachFiles({ attaching, unfinished }: { attaching: Attaching; unfinished: string[] }) {
  const { t } = useT(STRINGS);
  const id = useId();
  return (
    <div class="field">
      <label for={`${id}-files`}>{t('attachFiles')}</label>
      <input
        id={`${id}-files`}
        type="file"
        multiple
        accept="image/*,application/pdf,audio/*,video/*"
        onChange={(event) => {
          const input = event.currentTarget;
          const files = incomingFromFiles(input.files ?? []);
          input.value = '';
          void attaching.add(files);
        }}
      />
      <p class="note">{attaching.limits}</p>
      <div class="actions">
        <button type="button" onClick={() => void attaching.capture()} disabled={attaching.capturing}>
          {attaching.capturing ? t('capturing') : t('captureThisPage')}
        </button>
      </div>
      <p class="note">{t('captureNote')}</p>
      {unfinished.map((name) => (
        <p key={name} role="alert" class="notice">{t('unfinished', { name })}</p>
      ))}
      {attaching.progress && <p role="status">{t('adding', { name: attaching.progress.name, percent: attaching.progress.percent })}</p>}
      {attaching.report.added && <p role="status">{attaching.report.added}</p>}
      {attaching.report.problems.length > 0 && (
        <ul role="alert" class="field-error">
          {attaching.report.problems.map((problem, i) => <li key={i}>{problem}</li>)}
        </ul>
      )}
    </div>
  );
}
