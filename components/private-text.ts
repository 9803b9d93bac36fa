/**
 * What every field she writes in carries: no spelling check (Chrome's enhanced spell check sends
 * typed text to a server, and "Add to dictionary" writes the word in plain text into the
 * profile), no autocorrect or autocapitalisation, and no autocomplete history.
 */
export const PRIVATE_TEXT = {
  spellcheck: false,
  autoComplete: 'off',
  // Camel case on purpose: Preact then writes the attribute (autocorrect="off"). The lower-case
  // name is a boolean property in Chromium, where the string 'off' would turn it on.
  autoCorrect: 'off',
  autocapitalize: 'off',
} as const;
