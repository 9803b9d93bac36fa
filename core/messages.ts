/**
 * The few typed messages that cross between Haven's views and its background.
 * One discriminated union, so a receiver can tell a Haven message from anything else.
 * The type names are a calculator's words: they ship inside the cover and the background,
 * which anyone can read in devtools (tests/build/revealing-words.test.ts).
 */
export type HavenMessage =
  /** A view asks the background to run the one panic path. */
  | { type: 'close-request' }
  /** The background tells every open view: hide now, lock, close (the panic). */
  | { type: 'close' }
  /** The erase code was typed in the view `from`: the background erases everything (core/erase.ts). */
  | { type: 'reset-request'; from: string }
  /** The background tells every open view but `except`, before it erases: hide and close, saving nothing. */
  | { type: 'reset'; except: string };

export function isHavenMessage(value: unknown): value is HavenMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'close-request' || type === 'close' || type === 'reset-request' || type === 'reset';
}
