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
      if ((message as HavenMessage).type === 'panic') broadcasts.push(message as HavenMessage);
    });
  });

  it('runs the panic path when the browser-wide shortcut fires', async () => {
    const commands = stubCommands();
    registerPanicTriggers();
    commands.press(PANIC_COMMAND);
    await vi.waitFor(() => expect(broadcasts).toEqual([{ type: 'panic' }]));
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
    await fakeBrowser.runtime.sendMessage({ type: 'panic-request' } satisfies HavenMessage);
    await vi.waitFor(() => expect(broadcasts).toEqual([{ type: 'panic' }]));
  });

  it('names the same command as the manifest', async () => {
    const { default: config } = await import('../wxt.config');
    const env = { browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' } as const;
    const manifest = await (typeof config.manifest === 'function' ? config.manifest(env) : config.manifest);
    expect(Object.keys(manifest?.commands ?? {})).toEqual([PANIC_COMMAND]);
    // Importing the WXT config pulls in its build tooling: seconds on a busy machine.
  }, 30_000);
});
