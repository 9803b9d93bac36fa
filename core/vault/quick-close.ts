import { sessionArea } from './area';
import { QUICK_CLOSE_COPY } from './session-keys';

/**
 * What the quick close does, for the background (core/panic.ts), which cannot open the sealed
 * settings. A view that opened them with the code writes the verified choices here, in
 * storage.session (memory only, gone when the browser closes); without this copy the quick
 * close sends the tab nowhere and closes Haven's tabs. So after a browser restart the safe page
 * is used once she has opened her space with the code.
 */
export interface QuickClose {
  safePage: string | null;
  closeTabs: boolean;
}

export const QUICK_CLOSE_DEFAULTS: QuickClose = { safePage: null, closeTabs: true };

/** Only ordinary web pages can be a safe page. */
export function isSafePageUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2_000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Stored with short, neutral names (`u`: the page, `c`: close tabs). */
export async function saveQuickCloseCopy({ safePage, closeTabs }: QuickClose): Promise<void> {
  await sessionArea.set({ [QUICK_CLOSE_COPY]: { u: safePage, c: closeTabs } }).catch(() => undefined);
}

export async function loadQuickCloseCopy(): Promise<QuickClose> {
  const stored = (await sessionArea.get([QUICK_CLOSE_COPY]).catch(() => ({})) as Record<string, unknown>)[QUICK_CLOSE_COPY] as { u?: unknown; c?: unknown } | undefined;
  if (!stored || typeof stored !== 'object') return QUICK_CLOSE_DEFAULTS;
  return { safePage: isSafePageUrl(stored.u) ? stored.u : null, closeTabs: stored.c !== false };
}
