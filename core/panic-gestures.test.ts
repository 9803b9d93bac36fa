import { describe, expect, it } from 'vitest';
import { createPanicGestures, ESC_WINDOW_MS, SHIFT_WINDOW_MS, type KeyEventLike } from './panic-gestures';

function feed(events: [KeyEventLike['type'], string, number][]): boolean[] {
  const detect = createPanicGestures();
  return events.map(([type, key, time]) => detect({ type, key, time }));
}
const tap = (key: string, time: number): [KeyEventLike['type'], string, number][] => [['keydown', key, time], ['keyup', key, time + 30]];

describe('panic gestures', () => {
  it('fires on Esc twice in quick succession, once', () => {
    expect(feed([...tap('Escape', 0), ...tap('Escape', 300)]).filter(Boolean)).toHaveLength(1);
  });

  it('does not fire on Esc presses too far apart, or with a key between', () => {
    expect(feed([...tap('Escape', 0), ...tap('Escape', ESC_WINDOW_MS + 100)]).some(Boolean)).toBe(false);
    expect(feed([...tap('Escape', 0), ...tap('a', 100), ...tap('Escape', 200)]).some(Boolean)).toBe(false);
  });

  it('needs a fresh pair after firing (three Esc presses fire once)', () => {
    expect(feed([...tap('Escape', 0), ...tap('Escape', 100), ...tap('Escape', 200)]).filter(Boolean)).toHaveLength(1);
  });

  it('fires on Shift alone three times, on the third key-up', () => {
    const results = feed([...tap('Shift', 0), ...tap('Shift', 500), ...tap('Shift', 1000)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(results.at(-1)).toBe(true);
  });

  it('resets when another key is pressed between the Shift presses', () => {
    expect(feed([...tap('Shift', 0), ...tap('Shift', 500), ...tap('x', 700), ...tap('Shift', 1000)]).some(Boolean)).toBe(false);
  });

  it('does not count Shift used as a modifier (typing a capital letter)', () => {
    const capital: [KeyEventLike['type'], string, number][] = [['keydown', 'Shift', 0], ['keydown', 'A', 10], ['keyup', 'A', 20], ['keyup', 'Shift', 30]];
    expect(feed([...capital, ...tap('Shift', 100), ...tap('Shift', 200)]).some(Boolean)).toBe(false);
  });

  it('resets when the presses are too slow', () => {
    expect(feed([...tap('Shift', 0), ...tap('Shift', SHIFT_WINDOW_MS + 100), ...tap('Shift', SHIFT_WINDOW_MS + 200)]).filter(Boolean)).toHaveLength(0);
  });
});
