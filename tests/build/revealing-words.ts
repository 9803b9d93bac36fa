import { PURPOSE_WORDS } from './purpose-words';

/**
 * Words that would tell someone reading the cover's code or the background (devtools, the
 * profile folder) that the calculator hides something: what Haven is for (PURPOSE_WORDS), and
 * what it stores and does, in English and Spanish. Matched in any case, anywhere in a name.
 */
const STORED_AND_DONE =
  /journal|diario|entrada|draft|borrador|reminder|recordatorio|passphrase|contrase|erase|borra|wipe|unlock|desbloque|keyring|llavero|data.?keys?|safe.?page|p[aá]gina segura|gracia|configuraci|disguise|decoy|vault|secret/gi;

/**
 * Short words that are also parts of ordinary ones (block, explanation, graceful, discover),
 * matched as words: lower case after a non-letter, or capitalised inside a camelCase name
 * (`safetyPlan`, `autoLockMinutes`), or in capitals.
 */
const SHORT_WORDS = new RegExp(
  [word('entr', '(?:y|ies)'), word('plan', '(?:e?s)?'), word('grace'), word('setup', 's?'), word('lock', '(?:s|ed)?'), word('cover', 's?')].join('|'),
  'g',
);

function word(stem: string, suffix = ''): string {
  const capital = stem[0]!.toUpperCase() + stem.slice(1);
  return `(?:(?<![A-Za-z])${stem}|${capital}|(?<![A-Z])${stem.toUpperCase()})${suffix}(?![a-z])`;
}

/**
 * Strings of the platform or of a library that contain such a word and that Haven cannot
 * rename, each with its reason. Removed before matching; each must still be found somewhere
 * (revealing-words.test.ts), so a stale one fails rather than hiding a word later.
 */
export const ALLOWED: readonly { text: string; why: string }[] = [
  { text: 'erase:{minArgs:1,maxArgs:1}', why: "webextension-polyfill's table of browser APIs: downloads.erase, which Haven never calls" },
  { text: '"Escape"', why: "the Esc key's KeyboardEvent.key (the calculator's AC key)" },
  { text: 'Object.entries(', why: 'a JavaScript built-in' },
  { text: 'Object.fromEntries(', why: 'a JavaScript built-in' },
];

/** The build writes letters outside ASCII as escapes (\xE1, \u00F1); read them as letters. */
export function unescaped(text: string): string {
  return text.replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})/gi, (_, x?: string, u?: string) => String.fromCharCode(parseInt(x ?? u!, 16)));
}

/** Every revealing word in a text, each with a little of what surrounds it. */
export function revealingWords(text: string): string[] {
  const readable = ALLOWED.reduce((left, allowed) => left.replaceAll(allowed.text, ' '), unescaped(text));
  const patterns = [STORED_AND_DONE, SHORT_WORDS, new RegExp(PURPOSE_WORDS.source, 'gi')];
  return patterns.flatMap((pattern) =>
    [...readable.matchAll(pattern)].map((match) => `"${match[0]}" in …${readable.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30)}…`),
  );
}
