import { listLocalKeys } from './area';
import { isCurrentName } from './layout';

/**
 * When the popup opens: if an older layout left keys, move what needs no key. The module that
 * knows 0.1.0's names (legacy-layout.ts) is loaded only then, so the cover's code names none.
 */
export async function moveOlderNames(): Promise<void> {
  const { keys } = await listLocalKeys();
  if (keys.every(isCurrentName)) return;
  await (await import('./legacy-layout')).default();
}
