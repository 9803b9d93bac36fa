import type { ComponentType } from 'preact';
import type { Lang } from '@/core/i18n/translate';

/**
 * What a screen of Haven is, to the shell (features/haven): each feature defines its own
 * screens in its own folder (a `screen.ts`), and the shell's registry lists them. A screen that
 * needs the passphrase is given the data key, never null: the shell shows the passphrase gate
 * instead while there is none, and takes the screen away the moment the session locks.
 */

/**
 * Open another screen by its id ('home' for Haven's home), optionally asking it to begin with
 * one thing: the journal with 'capture' (Haven's home's "Capture this page").
 */
export type Go = (id: string, start?: ScreenStart) => void;

export type ScreenStart = 'capture';

export interface ScreenProps {
  go: Go;
  /** What the screen was asked to begin with; given to its first showing only. */
  start?: ScreenStart;
}

export interface UnlockedScreenProps extends ScreenProps {
  /** The data key of the unlocked session. */
  vaultKey: CryptoKey;
}

interface Common {
  id: string;
  /** Its name in each language: the link on Haven's home, and the gate's heading. */
  label: Record<Lang, string>;
  /** Listed on Haven's home (in the registry's order); otherwise reached from another screen. */
  onHome: boolean;
}

export type ScreenDefinition =
  | (Common & { needsKey: false; View: ComponentType<ScreenProps> })
  | (Common & { needsKey: true; View: ComponentType<UnlockedScreenProps> });

/** The same key of a feature's dictionaries, in every language: a screen's label. */
export function labelOf<S, K extends keyof S>(strings: Record<Lang, S>, key: K): Record<Lang, string> {
  return { en: String(strings.en[key]), es: String(strings.es[key]) };
}
