import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * fakeBrowser does not implement `commands`; this stub holds just what Haven uses: the
 * shortcut's event (fired with `press`) and the current bindings (`getAll`).
 */
export function stubCommands(bindings: { name: string; shortcut?: string }[] = []) {
  const listeners: ((command: string) => void)[] = [];
  Object.assign(fakeBrowser, {
    commands: {
      onCommand: { addListener: (listener: (command: string) => void) => listeners.push(listener) },
      getAll: async () => bindings,
    },
  });
  return { press: (command: string) => listeners.forEach((listener) => listener(command)) };
}
