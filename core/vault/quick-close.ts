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
  /** The safe page (null: the tab stays). */
  page: string | null;
  /** Close Haven's tabs too. */
  tabs: boolean;
}

export const QUICK_CLOSE_DEFAULTS: QuickClose = { page: null, tabs: true };

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

/** Stored with short, neutral names (`u`: the page, `c`: close tabs), like its fields: the background loads this file. */
export async function saveQuickCloseCopy({ page, tabs }: QuickClose): Promise<void> {
  await sessionArea.set({ [QUICK_CLOSE_COPY]: { u: page, c: tabs } }).catch(() => undefined);
}

export async function loadQuickCloseCopy(): Promise<QuickClose> {
  const stored = (await sessionArea.get([QUICK_CLOSE_COPY]).catch(() => ({})) as Record<string, unknown>)[QUICK_CLOSE_COPY] as { u?: unknown; c?: unknown } | undefined;
  if (!stored || typeof stored !== 'object') return QUICK_CLOSE_DEFAULTS;
  return { page: isSafePageUrl(stored.u) ? stored.u : null, tabs: stored.c !== false };
}
