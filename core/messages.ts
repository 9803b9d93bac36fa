/**
 * The few typed messages that cross between Haven's views and its background.
 * One discriminated union, so a receiver can tell a Haven message from anything else.
 */
export type HavenMessage =
  /** A view asks the background to run the one panic path. */
  | { type: 'panic-request' }
  /** The background tells every open view: hide now, lock, close. */
  | { type: 'panic' }
  /** The erase code was typed in one view: every other view hides and closes, saving nothing. */
  | { type: 'erase' };

export function isHavenMessage(value: unknown): value is HavenMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'panic-request' || type === 'panic' || type === 'erase';
}
