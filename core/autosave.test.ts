import { describe, expect, it } from 'vitest';
import { Autosaver, type AutosaveState } from './autosave';

/** A save whose writes the test finishes (or fails) one by one. */
function controlledSave() {
  const calls: { value: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const stored: string[] = [];
  const save = (value: string) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ value, resolve: () => (stored.push(value), resolve()), reject });
    });
  return { calls, stored, save };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the autosaver', () => {
  it('writes a change at once, and while a write is under way only the newest value next', async () => {
    const { calls, stored, save } = controlledSave();
    const saver = new Autosaver(save);
    void saver.update('a');
    expect(calls.map((call) => call.value)).toEqual(['a']);
    void saver.update('ab');
    void saver.update('abc');
    calls[0]!.resolve();
    await tick();
    expect(calls.map((call) => call.value)).toEqual(['a', 'abc']);
    calls[1]!.resolve();
    await tick();
    expect(stored).toEqual(['a', 'abc']);
    expect(saver.state).toEqual({ status: 'saved' });
    expect(saver.pending).toBe(false);
  });

  it('flush resolves once the newest value is stored', async () => {
    const { calls, stored, save } = controlledSave();
    const saver = new Autosaver(save);
    void saver.update('one');
    void saver.update('one two');
    let flushed = false;
    const flushing = saver.flush().then(() => (flushed = true));
    calls[0]!.resolve();
    await tick();
    expect(flushed).toBe(false);
    calls[1]!.resolve();
    await flushing;
    expect(stored.at(-1)).toBe('one two');
  });

  it('a failed write keeps the words, says so, and the next flush or retry writes them', async () => {
    const { calls, stored, save } = controlledSave();
    const states: AutosaveState['status'][] = [];
    const saver = new Autosaver(save, (state) => states.push(state.status));
    const first = saver.update('kept words');
    calls[0]!.reject(new Error('no room'));
    await first;
    expect(saver.state).toMatchObject({ status: 'failed' });
    expect(saver.pending).toBe(true);
    expect(calls).toHaveLength(1);
    const flushing = saver.flush();
    expect(calls.map((call) => call.value)).toEqual(['kept words', 'kept words']);
    calls[1]!.reject(new Error('still no room'));
    await flushing;
    const retrying = saver.retry();
    calls[2]!.resolve();
    await retrying;
    expect(stored).toEqual(['kept words']);
    expect(states).toEqual(['saving', 'failed', 'saving', 'failed', 'saving', 'saved']);
  });

  it('after a failure, a newer value typed meanwhile gets its own try', async () => {
    const { calls, stored, save } = controlledSave();
    const saver = new Autosaver(save);
    void saver.update('old');
    void saver.update('newer');
    calls[0]!.reject(new Error('busy'));
    await tick();
    expect(calls.map((call) => call.value)).toEqual(['old', 'newer']);
    calls[1]!.resolve();
    await saver.flush();
    expect(stored).toEqual(['newer']);
    expect(saver.pending).toBe(false);
  });

  it('flush with nothing unsaved writes nothing', async () => {
    const { calls, save } = controlledSave();
    await new Autosaver(save).flush();
    expect(calls).toEqual([]);
  });
});
