import { useEffect, useState } from 'preact/hooks';
import { kindOf } from '@/core/attachments/sniff';
import type { Attachment } from '@/core/vault/entry';
import { useT } from '@/features/i18n/language';
import { thumbnail } from './decrypt-queue';
import { makeObjectUrl, revokeObjectUrl } from './object-urls';
import { formatBytes } from './size';
import { STRINGS } from './strings';
import './attachments.css';

interface Props {
  vaultKey: CryptoKey;
  attachments: Attachment[];
  onOpen?: (attachment: Attachment) => void;
  onRemove?: (attachment: Attachment) => void;
}

/** An entry's files as thumbnails (pictures) or named tiles (everything else), each a button. */
export function AttachmentList({ vaultKey, attachments, onOpen, onRemove }: Props) {
  const { t } = useT(STRINGS);
  if (attachments.length === 0) return null;
  return (
    <section aria-label={t('files')}>
      <ul class="attachment-list">
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            {onOpen ? (
              <button type="button" class="attachment-tile" aria-label={t('open', { name: attachment.name })} onClick={() => onOpen(attachment)}>
                <Tile vaultKey={vaultKey} attachment={attachment} />
              </button>
            ) : (
              <div class="attachment-tile">
                <Tile vaultKey={vaultKey} attachment={attachment} />
              </div>
            )}
            {onRemove && (
              <button type="button" class="attachment-remove" aria-label={t('remove', { name: attachment.name })} onClick={() => onRemove(attachment)}>
                ✕
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Tile({ vaultKey, attachment }: { vaultKey: CryptoKey; attachment: Attachment }) {
  const { words, locale } = useT(STRINGS);
  const [url, setUrl] = useState<string | null>(null);
  const [notShown, setNotShown] = useState(false);
  useEffect(() => {
    let made: string | null = null;
    let gone = false;
    void thumbnail(vaultKey, attachment).then((shown) => {
      if (gone || !shown) return;
      if (shown.status === 'ready') setUrl((made = makeObjectUrl(shown.blob)));
      else setNotShown(true);
    });
    return () => {
      gone = true;
      if (made) revokeObjectUrl(made);
    };
  }, [vaultKey, attachment.id]);
  const kind = notShown ? 'file' : kindOf(attachment.type);
  return (
    <>
      {url ? <img src={url} alt={attachment.name} class="attachment-thumb" /> : <span class="attachment-kind" aria-hidden="true">{words.kinds[kind]}</span>}
      <span class="attachment-name">{attachment.name}</span>
      <span class="attachment-size">{formatBytes(attachment.size, locale)}</span>
    </>
  );
}
