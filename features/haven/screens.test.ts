import { describe, expect, it } from 'vitest';
import { LANGS } from '@/core/i18n/translate';
import type { ScreenDefinition } from '@/components/screen';
import { SCREENS } from './screens';

/** Every screen a feature defines (its screen.ts), found by name, so one left out of the registry shows. */
const defined = import.meta.glob<Record<string, ScreenDefinition>>('../*/screen.ts', { eager: true });

describe("the registry of Haven's screens", () => {
  it('lists every screen the features define, once, by a unique id', () => {
    const all = Object.values(defined).flatMap((module) => Object.values(module));
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(SCREENS)).toEqual(new Set(all));
    expect(new Set(SCREENS.map((screen) => screen.id)).size).toBe(SCREENS.length);
    expect(SCREENS.map((screen) => screen.id)).not.toContain('home');
  });

  it('names every screen in every language', () => {
    for (const screen of SCREENS) for (const lang of LANGS) expect(screen.label[lang].trim(), `${screen.id} in ${lang}`).not.toBe('');
  });

  it('asks for the passphrase before every screen that shows what she wrote, and only those', () => {
    const keyed = SCREENS.filter((screen) => screen.needsKey).map((screen) => screen.id).sort();
    expect(keyed).toEqual(['attempts', 'backup', 'journal', 'plan', 'reminders', 'report']);
  });

  it("puts Haven's home links in the registry's order", () => {
    expect(SCREENS.filter((screen) => screen.onHome).map((screen) => screen.label.en)).toEqual([
      'Why leaving feels impossible',
      'Help and resources',
      'Journal',
      'Safety plan',
      'Reminders',
      'Back up or restore',
      'Settings',
      'Attempts to get in',
    ]);
  });
});
