/**
 * In-page panic gestures, as a pure state machine fed with key events:
 * - `Esc` pressed twice within ESC_WINDOW_MS;
 * - `Shift` pressed alone three times (GOV.UK's "Exit this page" rules: counted on key-up,
 *   any other key in between resets, each press within SHIFT_WINDOW_MS of the previous one).
 */
export const ESC_WINDOW_MS = 800;
export const SHIFT_WINDOW_MS = 5_000;

export interface KeyEventLike {
  type: 'keydown' | 'keyup';
  key: string;
  /** Milliseconds, monotonic. */
  time: number;
}

export function createPanicGestures(): (event: KeyEventLike) => boolean {
  let lastEsc = -Infinity;
  let shiftCount = 0;
  let lastShift = -Infinity;
  let shiftHeld = false;
  let shiftUsedAsModifier = false;

  return (event) => {
    if (event.key === 'Shift') {
      if (event.type === 'keydown') {
        shiftHeld = true;
        shiftUsedAsModifier = false;
        return false;
      }
      shiftHeld = false;
      if (shiftUsedAsModifier) return false;
      shiftCount = event.time - lastShift <= SHIFT_WINDOW_MS ? shiftCount + 1 : 1;
      lastShift = event.time;
      if (shiftCount < 3) return false;
      shiftCount = 0;
      return true;
    }
    if (event.type === 'keyup') return false;
    // Any other key resets the Shift gesture; pressed while Shift is held, it makes that
    // Shift a modifier (a capital letter), which does not count.
    shiftCount = 0;
    if (shiftHeld) shiftUsedAsModifier = true;
    if (event.key !== 'Escape') {
      lastEsc = -Infinity;
      return false;
    }
    const double = event.time - lastEsc <= ESC_WINDOW_MS;
    lastEsc = double ? -Infinity : event.time;
    return double;
  };
}
