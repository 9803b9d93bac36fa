import { sessionArea } from '@/core/vault/area';
import { POSITION_RECORD } from '@/core/vault/session-keys';
import { clampStep } from './model';
import type { Lang } from '@/core/i18n/translate';

/**
 * Where the reader was: kept in `storage.session` (memory only, gone when the browser closes,
 * cleared by a lock and by panic), so reopening the popup within a grace period returns to the
 * same place. `top` is in CSS pixels
 * at text-size `step`; the reader's width is fixed, so that is enough to find the place again.
 */
export const POSITION_KEY = POSITION_RECORD;

export interface ReadingPosition {
  lang: Lang;
  step: number;
  top: number;
}

export async function loadPosition(): Promise<ReadingPosition | null> {
  const stored = (await sessionArea.get([POSITION_KEY]).catch(() => ({})) as Record<string, unknown>)[POSITION_KEY];
  if (!stored || typeof stored !== 'object') return null;
  const { lang, step, top } = stored as Partial<Record<keyof ReadingPosition, unknown>>;
  if ((lang !== 'en' && lang !== 'es') || typeof top !== 'number' || !Number.isFinite(top)) return null;
  return { lang, step: clampStep(step), top: Math.max(0, top) };
}

export async function savePosition(position: ReadingPosition): Promise<void> {
  await sessionArea.set({ [POSITION_KEY]: position }).catch(() => undefined);
}

/**
 * Calls `run` with the latest value at most once per `ms` (the first call at once, the last
 * one always). `flush()` runs a pending call now; `cancel()` drops it.
 */
export function throttle<T>(run: (value: T) => void, ms: number, now: () => number = () => Date.now()) {
  let last = -Infinity;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = now();
    run(value);
  };
  const call = (value: T) => {
    pending = { value };
    const wait = last + ms - now();
    if (wait <= 0 && timer === undefined) fire();
    else timer ??= setTimeout(fire, Math.max(wait, 0));
  };
  call.flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    fire();
  };
  call.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = null;
  };
  return call;
}
