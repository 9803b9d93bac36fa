import { useEffect, useState } from 'preact/hooks';
import { SHAREABLE_TYPES, withoutLocation } from '@/core/attachments/without-location';
import type { Attachment } from '@/core/vault/entry';
import { useT } from '@/features/i18n/language';
import { makeObjectUrl, revokeObjectUrl } from './object-urls';
import { formatBytes } from './size';
import { STRINGS } from './strings';

/** A neutral name for the copy: the kind of file and a date, nothing from the original's name. */
function copyName(type: string, now: Date): string {
  const extension = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }[type] ?? 'bin';
  return `photo-${now.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * "Make a copy without location", for a photo already opened in the viewer (`original`): the copy
 * (core/attachments/without-location.ts) is made on request, in memory, and offered as a
 * download; the original stays exactly as added. Its object URL goes with the viewer, and on
 * lock or a quick close (object-urls.ts).
 */
export function ShareableCopy({ attachment, original }: { attachment: Attachment; original: Blob }) {
  const { t, locale } = useT(STRINGS);
  const [made, setMade] = useState<{ url: string; name: string; size: number } | 'failed' | null>(null);
  useEffect(() => () => {
    if (made && made !== 'failed') revokeObjectUrl(made.url);
  }, [made]);
  if (!SHAREABLE_TYPES.includes(attachment.type)) return null;

  const make = async () => {
    const copy = withoutLocation(new Uint8Array(await original.arrayBuffer()), attachment.type);
    if (!copy) return setMade('failed');
    const blob = new Blob([copy as BlobPart], { type: 'application/octet-stream' });
    setMade({ url: makeObjectUrl(blob), name: copyName(attachment.type, new Date()), size: blob.size });
  };

  return (
    <div class="field">
      <p class="note">{t('copyNote')}</p>
      {made === null && <button type="button" onClick={() => void make()}>{t('makeCopy')}</button>}
      {made === 'failed' && <p role="alert" class="notice">{t('copyFailed')}</p>}
      {made && made !== 'failed' && (
        <p role="status">
          {t('copyReady', { size: formatBytes(made.size, locale) })} <a href={made.url} download={made.name}>{t('saveCopy')}</a>
        </p>
      )}
    </div>
  );
}
