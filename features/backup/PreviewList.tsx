import type { DocumentOutcome, Preview } from '@/core/backup/merge';
import { formatWritten } from '@/features/journal/format';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What adding the copy would do, in words, before anything is written. */
export function PreviewList({ preview }: { preview: Preview }) {
  const lines = [
    preview.new && `${plural(preview.new, 'entry is', 'entries are')} new and will be added.`,
    preview.identical && `${plural(preview.identical, 'entry is', 'entries are')} already here, exactly the same.`,
    preview.conflicting &&
      `${plural(preview.conflicting, 'entry is', 'entries are')} here but different. Both versions will be kept in the entry’s history; the most recently written one is shown.`,
    preview.skipped && `${plural(preview.skipped, 'entry', 'entries')} here could not be opened, so ${preview.skipped === 1 ? 'it is' : 'they are'} left exactly as ${preview.skipped === 1 ? 'it is' : 'they are'}.`,
    documentLine('safety plan', preview.plan),
    documentLine('reminders', preview.reminders),
    preview.draft === 'added' && 'Its unfinished entry will become your draft.',
    preview.draft === 'kept-device' && 'It has an unfinished entry, but you have one here already, so yours stays and the copy’s is not added.',
    'Settings in the copy are not used: this device keeps its own.',
  ].filter((line): line is string => typeof line === 'string');

  return (
    <div aria-labelledby="preview-title">
      <h3 id="preview-title">What the copy holds</h3>
      <p>
        {plural(preview.total, 'entry', 'entries')}
        {preview.range && <>, written between {formatWritten(preview.range.from, 'en')} and {formatWritten(preview.range.to, 'en')}</>}.
      </p>
      <ul>
        {lines.map((line) => <li key={line}>{line}</li>)}
      </ul>
      {preview.revisionsToAdd === 0 && <p>No entries need adding: they are all here already.</p>}
    </div>
  );
}

function documentLine(name: string, outcome: DocumentOutcome): string | null {
  switch (outcome) {
    case 'added':
      return `Its ${name} will be added.`;
    case 'merged':
      return `What is new in its ${name} will be added to yours; nothing of yours is removed.`;
    case 'kept-device':
      return `Your ${name} here could not be opened, so it is left exactly as it is.`;
    default:
      return null;
  }
}
