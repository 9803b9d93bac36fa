import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HavenMessage } from './messages';
import { PANIC_COMMAND, resetPanicGuard } from './panic';
import { registerPanicTriggers } from './panic-triggers';
import { stubCommands } from '@/tests/unit/stub-commands';

describe('the background panic triggers', () => {
  let broadcasts: HavenMessage[];

  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.windows.create({ focused: true });
    resetPanicGuard();
    broadcasts = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as HavenMessage).type === 'close') broadcasts.push(message as HavenMessage);
    });
  });

  it('runs the panic path when the browser-wide shortcut fires', async () => {
    const commands = stubCommands();
    registerPanicTriggers();
    commands.press(PANIC_COMMAND);
    await vi.waitFor(() => expect(broadcasts).toEqual([{ type: 'close' }]));
  });

  it('ignores other commands', async () => {
    const commands = stubCommands();
    registerPanicTriggers();
    commands.press('something-else');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(broadcasts).toEqual([]);
  });

  it('runs the panic path when a view asks for it', async () => {
    stubCommands();
    registerPanicTriggers();
    await fakeBrowser.runtime.sendMessage({ type: 'close-request' } satisfies HavenMessage);
    await vi.waitFor(() => expect(broadcasts).toEqual([{ type: 'close' }]));
  });

  it('names the same command as the manifest', async () => {
    const { default: config } = await import('../wxt.config');
    const env = { browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' } as const;
    const manifest = await (typeof config.manifest === 'function' ? config.manifest(env) : config.manifest);
    expect(Object.keys(manifest?.commands ?? {})).toEqual([PANIC_COMMAND]);
    // Importing the WXT config pulls in its build tooling: seconds on a busy machine.
  }, 30_000);
});

describe('the background erase', () => {
  it('tells every view first, then erases storage and puts the calculator back in the toolbar', async () => {
    fakeBrowser.reset();
    stubCommands();
    const seen: string[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      const told = message as HavenMessage;
      if (told.type === 'reset') seen.push(`erase told, except ${told.except}, storage has ${Object.keys(await fakeBrowser.storage.local.get(null)).length} keys`);
    });
    await fakeBrowser.storage.local.set({ keyring: { v: 1 }, 'e:a': { v: 1 }, settings: { cover: 'weather' } });
    registerPanicTriggers();
    await fakeBrowser.runtime.sendMessage({ type: 'reset-request', from: 'view-1' } satisfies HavenMessage);
    expect(seen).toEqual(['erase told, except view-1, storage has 3 keys']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
