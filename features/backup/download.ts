import type { Params } from '@/core/i18n/translate';

/**
 * Hand a file to the browser as an ordinary download (no `downloads` permission): a Blob URL on
 * a link with `download`, clicked, then revoked. Returns the size in bytes.
 */
export function offerDownload(file: Blob, name: string): number {
  const blob = new Blob([file], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; a minute is plenty before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return blob.size;
}

/** A file's size for people: "512 bytes", "12.3 KB" ("12,3 KB" in Spanish), "1.5 MB". */
export function formatSize(bytes: number, t: (key: 'bytes' | 'kilobytes' | 'megabytes', params: Params) => string, locale: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
  if (bytes < 1024) return t('bytes', { size: number(bytes, 0) });
  if (bytes < 1024 * 1024) return t('kilobytes', { size: number(bytes / 1024, 1) });
  return t('megabytes', { size: number(bytes / 1024 / 1024, 1) });
}
