import { describe, expect, it } from 'vitest';
import { PANIC_COMMAND } from './panic';
import { currentShortcut } from './shortcut';
import { stubCommands } from '@/tests/unit/stub-commands';

describe('the quick-close shortcut as the browser has it', () => {
  it('reads the binding the user can see and change', async () => {
    stubCommands([{ name: PANIC_COMMAND, shortcut: 'Alt+Shift+Z' }]);
    expect(await currentShortcut()).toBe('Alt+Shift+Z');
  });

  it('is empty when another extension took the key or none is set (the UI then says so)', async () => {
    stubCommands([{ name: PANIC_COMMAND, shortcut: '' }]);
    expect(await currentShortcut()).toBe('');
    stubCommands([]);
    expect(await currentShortcut()).toBe('');
  });
});
