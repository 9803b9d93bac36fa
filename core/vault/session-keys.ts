/**
 * Key names in storage.session (memory only), neutral like a calculator's: nothing in a name
 * says what it holds. Each holds one thing:
 * - OPEN_RECORD: until when reopening skips the cover, and the settings key for that time.
 * - QUICK_CLOSE_COPY: the quick close's verified choices, for the background (core/panic.ts).
 * - POSITION_RECORD: where the article's reader was.
 */
export const OPEN_RECORD = 'ans';
export const QUICK_CLOSE_COPY = 'fmt';
export const POSITION_RECORD = 'cursor';
