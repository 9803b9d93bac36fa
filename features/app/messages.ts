import { StorageFullError } from '@/core/vault/area';

/** The plain words for a save that did not happen. Nothing was changed in either case. */
export function saveFailureMessage(error: unknown): string {
  if (error instanceof StorageFullError) {
    return 'There is no room left on this device to save. Nothing was changed, and what you typed is still here.';
  }
  return 'This could not be saved just now. Nothing was changed, and what you typed is still here. Please try again.';
}
