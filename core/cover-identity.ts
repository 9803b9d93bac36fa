import { browser } from 'wxt/browser';
import type { CoverChoice } from './vault/prefs-record';

/** What the toolbar shows for each cover: its icon and its tooltip title. */
export const COVER_TITLES: Record<CoverChoice, string> = {
  calculator: 'Calculator',
  notes: 'Notes',
  weather: 'Weather',
};

export function coverIcons(cover: CoverChoice): Record<string, string> {
  return Object.fromEntries([16, 32, 48, 128].map((size) => [String(size), `/icons/${cover}-${size}.png`]));
}

/**
 * Show the chosen cover in the toolbar. The browser forgets these on restart, so the
 * background applies them again at every start.
 */
export async function applyCoverIdentity(cover: CoverChoice): Promise<void> {
  await Promise.all([browser.action.setIcon({ path: coverIcons(cover) }), browser.action.setTitle({ title: COVER_TITLES[cover] })]);
}
