import { useEffect, useState } from 'preact/hooks';
import { kindOf } from '@/core/attachments/sniff';
import type { Attachment } from '@/core/vault/entry';
import { useT } from '@/features/i18n/language';
import { fullFile, type Shown } from './decrypt-queue';
import { makeObjectUrl, revokeObjectUrl } from './object-urls';
import { ShareableCopy } from './ShareableCopy';
import { formatBytes } from './size';
import { STRINGS } from './strings';

interface Props {
  vaultKey: CryptoKey;
  attachment: Attachment;
  /** How a time is written on screen (the journal's own format). */
  formatTime: (iso: string) => string;
  onBack: () => void;
}

/**
 * One file, decrypted on demand: a picture, a player for sound and video, or just its details;
 * with what proves it is the file added (its SHA-256, size and times, the page it was captured
 * from). Its object URL is revoked when the viewer goes, and on lock or a quick close.
 */
export function AttachmentViewer({ vaultKey, attachment, formatTime, onBack }: Props) {
  const { t, words, locale } = useT(STRINGS);
  const [shown, setShown] = useState<Shown | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [notShown, setNotShown] = useState(false);
  const kind = kindOf(attachment.type);

  useEffect(() => {
    let made: string | null = null;
    let gone = false;
    if (kind !== 'file') {
      void fullFile(vaultKey, attachment).then((opened) => {
        if (gone) return;
        setShown(opened);
        if (opened.status === 'ready') setUrl((made = makeObjectUrl(opened.blob)));
      });
    }
    return () => {
      gone = true;
      if (made) revokeObjectUrl(made);
    };
  }, [vaultKey, attachment.id]);

  const problem = shown && shown.status !== 'ready' ? t(shown.status === 'not-shown' ? 'notShown' : shown.status) : notShown ? t('notShown') : null;
  return (
    <section aria-labelledby="haven-title">
      <h1 id="haven-title" class="attachment-title">{attachment.name}</h1>
      {kind !== 'file' && !shown && <p role="status">{t('loading')}</p>}
      {problem && <p role="alert" class="notice">{problem}</p>}
      {url && !notShown && kind === 'image' && <img src={url} alt={attachment.name} class="attachment-full" onError={() => setNotShown(true)} />}
      {url && kind === 'audio' && <audio src={url} controls aria-label={attachment.name} />}
      {url && kind === 'video' && <video src={url} controls aria-label={attachment.name} class="attachment-full" />}
      <dl class="attachment-details" aria-label={t('details')}>
        <dt>{t('fingerprint')}</dt>
        <dd class="attachment-hash">{attachment.sha256}</dd>
        <dt>{t('size')}</dt>
        <dd>{formatBytes(attachment.size, locale)}</dd>
        <dt>{t('type')}</dt>
        <dd>
          {attachment.type || t('unknownType')}
          {attachment.claimedType && attachment.claimedType !== attachment.type && <> ({t('claimed')}: {attachment.claimedType})</>}
        </dd>
        <dt>{t('addedAt')}</dt>
        <dd>{formatTime(attachment.addedAt)}</dd>
        {attachment.fileDate && (
          <>
            <dt>{t('fileDate')}</dt>
            <dd>
              {attachment.fileDate.replace('T', ' ')} ({t('fileDateNote')})
            </dd>
          </>
        )}
        {attachment.capture && (
          <>
            <dt>{t('pageAddress')}</dt>
            <dd class="attachment-hash">{attachment.capture.url}</dd>
            <dt>{t('pageTitle')}</dt>
            <dd>{attachment.capture.title}</dd>
            <dt>{t('capturedAt')}</dt>
            <dd>{formatTime(attachment.capture.at)}</dd>
          </>
        )}
      </dl>
      <p class="note">{words.kinds[notShown || shown?.status === 'not-shown' ? 'file' : kind]}</p>
      {shown?.status === 'ready' && !notShown && kind === 'image' && <ShareableCopy attachment={attachment} original={shown.blob} />}
      <div class="actions">
        <button type="button" onClick={onBack}>{t('back')}</button>
      </div>
    </section>
  );
}
