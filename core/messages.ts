/**
 * The few typed messages that cross between Haven's views and its background.
 * One discriminated union, so a receiver can tell a Haven message from anything else.
 */
export type HavenMessage =
  /** A view asks the background to run the one panic path. */
  | { type: 'panic-request' }
  /** The background tells every open view: hide now, lock, close. */
  | { type: 'panic' }
  /** The erase code was typed in the view `from`: the background erases everything (core/erase.ts). */
  | { type: 'erase-request'; from: string }
  /** The background tells every open view but `except`, before it erases: hide and close, saving nothing. */
  | { type: 'erase'; except: string };

export function isHavenMessage(value: unknown): value is HavenMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'panic-request' || type === 'panic' || type === 'erase-request' || type === 'erase';
}
