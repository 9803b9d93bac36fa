/**
 * Hand a file to the browser as an ordinary download (no `downloads` permission): a Blob URL on
 * a link with `download`, clicked, then revoked. Returns the size in bytes.
 */
export function offerDownload(text: string, name: string): number {
  const blob = new Blob([text], { type: 'application/octet-stream' });
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

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
