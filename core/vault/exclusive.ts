let localQueue: Promise<unknown> = Promise.resolve();

/**
 * Run read-modify-write steps one at a time, across every open Haven view: the Web Locks API
 * is shared by all pages of the extension's origin. Without it (unit tests), a queue in this
 * module does the same for one context. Not re-entrant: a task must not ask for it again.
 */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('calc-write', task) as Promise<T>;
  const run = localQueue.then(task, task);
  localQueue = run.catch(() => undefined);
  return run;
}
