/**
 * How much one entry may hold, in one place (the editor states these figures on screen).
 * Chosen from bench/attachments-storage.bench.ts (docs/design.md, "Attached files"): a file is
 * sealed and written a chunk at a time, so adding needs little memory whatever the size, but
 * showing a file needs it whole in memory once (a picture, a player), and saving a copy reads
 * every byte. 100 MB holds a phone's few minutes of video; 250 MB an entry's worth of them.
 */
export const MAX_FILE_BYTES = 100 * 1000 * 1000;
export const MAX_ENTRY_BYTES = 250 * 1000 * 1000;
export const MAX_FILES_PER_ENTRY = 50;

export type LimitProblem = 'empty' | 'file-too-large' | 'entry-full' | 'too-many';

/** Whether one more file of `size` bytes fits an entry that holds `count` files of `total` bytes. */
export function checkLimits(size: number, entry: { count: number; total: number }): LimitProblem | null {
  if (size === 0) return 'empty';
  if (size > MAX_FILE_BYTES) return 'file-too-large';
  if (entry.count >= MAX_FILES_PER_ENTRY) return 'too-many';
  if (entry.total + size > MAX_ENTRY_BYTES) return 'entry-full';
  return null;
}
