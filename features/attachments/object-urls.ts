import { onLock } from '@/core/session';

/**
 * Every object URL made for a decrypted file, in one place, so none outlives what shows it: each
 * is revoked when its view goes away, and all of them at once when the session locks or the
 * page hides (a quick close, a closed popup). A revoked URL no longer reaches the bytes.
 */
const live = new Set<string>();

export function makeObjectUrl(blob: Blob): string {
  const url = URL.createObjectURL(blob);
  live.add(url);
  return url;
}

export function revokeObjectUrl(url: string): void {
  if (live.delete(url)) URL.revokeObjectURL(url);
}

export function revokeAllObjectUrls(): void {
  for (const url of live) URL.revokeObjectURL(url);
  live.clear();
}

export function liveObjectUrls(): number {
  return live.size;
}

onLock(revokeAllObjectUrls);
if (typeof window !== 'undefined') window.addEventListener('pagehide', revokeAllObjectUrls);
