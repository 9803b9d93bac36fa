/**
 * Pocket-calculator model behind the cover popup. Pure and immutable: press() returns a new state.
 *
 * Precedence: × ÷ bind tighter than + − (like the iOS/Android calculators). `pending` holds the
 *   left operands still waiting ("2 + 3 ×", never more than two); they are reduced when '=' or an
 *   operator of equal or lower precedence arrives.
 * Numbers: plain JS doubles. Every result is rounded to 15 significant digits, which removes binary
 *   noise (0.1+0.2 → 0.3, 1.1*3 → 3.3), and a + or − result below 1e-12 of its operands is taken
 *   as 0 (1/3*3-1 → 0). |result| ≥ 1e100, NaN or ÷0 → Error.
 * Display: at most 12 characters plus an optional leading '-' (≤ 13 in total). Values are shown in
 *   fixed notation when 1e-6 ≤ |x| < 1e12 and that fits, else as exponent without '+' (1.2345678e15,
 *   1e-10). A typed entry is limited to 12 shown characters (12 digits, or 11 digits and a point);
 *   keys that would go beyond are ignored.
 */

export type CalcKey =
  | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'
  | '.' | '+' | '-' | '*' | '/' | '=' | '%' | 'neg' | 'C' | 'AC' | 'back';

export type Operator = '+' | '-' | '*' | '/';

/** A number being typed: the keys as typed (leading zeros kept, see typedDigits) and its sign. */
export interface Typing { readonly text: string; readonly negative: boolean }
/** "left op", waiting for its right operand. */
export interface PendingOp { readonly left: number; readonly op: Operator }

export interface CalcState {
  /** The number being typed; null when `value` is on the display. (Not "entry": a journal word.) */
  readonly typing: Typing | null;
  /** Last result, or the operand shown while no entry is being typed. */
  readonly value: number;
  readonly pending: readonly PendingOp[];
  /** What a further '=' repeats ("2+3==" → 8). */
  readonly repeat: { readonly op: Operator; readonly right: number } | null;
  /** 'operator': the next operator replaces it; 'equals': the next digit starts a new calculation. */
  readonly lastKey: 'operator' | 'equals' | 'other';
  readonly error: boolean;
  /** Digits typed since the last operator, '=', C or AC; null once '.', neg or % spoiled the run. */
  readonly digitRun: string | null;
}

export const initialState: CalcState = {
  typing: null, value: 0, pending: [], repeat: null, lastKey: 'other', error: false, digitRun: '',
};

const MAX_CHARS = 12;
const MAX_PASTE_KEYS = 200;
const OVERFLOW = 1e100;
const errorState: CalcState = { ...initialState, error: true };

export function press(state: CalcState, key: CalcKey): CalcState {
  if (state.error) {
    return key === 'C' || key === 'AC' || key === 'back' ? initialState : press(initialState, key);
  }
  switch (key) {
    case 'AC': return initialState;
    // With nothing typed the button reads AC, so C behaves like it.
    case 'C': return state.typing ? { ...state, typing: null, value: 0, digitRun: '' } : initialState;
    case 'back': return backspace(state);
    case '.': return typePoint(state);
    case 'neg': return negate(state);
    case '%': return percent(state);
    case '=': return equals(state);
    case '+': case '-': case '*': case '/': return applyOperator(state, key);
    default: return typeDigit(state, key);
  }
}

export function display(state: CalcState): string {
  if (state.error) return 'Error';
  if (state.typing) return (state.typing.negative ? '-' : '') + shownTyping(state.typing.text);
  return formatNumber(state.value);
}

const OPERATOR_SYMBOLS: Readonly<Record<Operator, string>> = { '+': '+', '-': '−', '*': '×', '/': '÷' };

export function expression(state: CalcState): string {
  return state.pending
    .map(({ left, op }) => `${formatNumber(left).replace(/^-/, '−')} ${OPERATOR_SYMBOLS[op]}`)
    .join(' ');
}

export function clearLabel(state: CalcState): 'C' | 'AC' {
  return state.typing && !state.error ? 'C' : 'AC';
}

export function typedDigits(state: CalcState): string {
  return state.digitRun ?? '';
}

// A Map, not an object literal, so names like 'toString' don't hit Object.prototype.
const KEYBOARD_ALIASES = new Map<string, CalcKey>([
  [',', '.'], ['x', '*'], ['X', '*'], ['Enter', '='], ['Backspace', 'back'],
  ['Escape', 'AC'], ['Delete', 'C'], ['F9', 'neg'],
]);
const TEXT_ALIASES = new Map<string, CalcKey>([['×', '*'], ['÷', '/'], ['−', '-']]);

export function keyFromKeyboard(key: string): CalcKey | null {
  if (/^[0-9.+\-*/=%]$/.test(key)) return key as CalcKey;
  return KEYBOARD_ALIASES.get(key) ?? null;
}

export function keysFromText(text: string): CalcKey[] {
  const keys: CalcKey[] = [];
  for (const char of text) {
    if (keys.length >= MAX_PASTE_KEYS) break;
    // Single characters only: pasted "Enter" is letters, not the Enter key.
    const key = TEXT_ALIASES.get(char) ?? (char.length === 1 ? keyFromKeyboard(char) : null);
    if (key) keys.push(key);
  }
  return keys;
}

// ---- key handlers ----

function typeDigit(state: CalcState, digit: string): CalcState {
  const digitRun = state.digitRun === null ? null : state.digitRun + digit;
  if (!state.typing) return startTyping(state, digit, digitRun);
  const text = state.typing.text + digit;
  if (shownTyping(text).length > MAX_CHARS) return state; // display full: ignore, like a real calculator
  return { ...state, typing: { ...state.typing, text }, digitRun };
}

function typePoint(state: CalcState): CalcState {
  if (!state.typing) return startTyping(state, '0.', null);
  const text = state.typing.text + '.';
  const ignored = state.typing.text.includes('.') || shownTyping(text).length > MAX_CHARS;
  return { ...state, typing: ignored ? state.typing : { ...state.typing, text }, digitRun: null };
}

function startTyping(state: CalcState, text: string, digitRun: string | null): CalcState {
  const newCalculation = state.lastKey === 'equals';
  const repeat = newCalculation ? null : state.repeat;
  return { ...state, typing: { text, negative: false }, repeat, lastKey: 'other', digitRun };
}

function backspace(state: CalcState): CalcState {
  if (!state.typing) return state; // results are not editable
  const text = state.typing.text.slice(0, -1);
  const digitRun = state.digitRun === null ? null : state.digitRun.slice(0, -1);
  if (text === '') return { ...state, typing: null, value: 0, digitRun };
  return { ...state, typing: { ...state.typing, text }, digitRun };
}

function negate(state: CalcState): CalcState {
  if (state.typing) {
    return { ...state, typing: { ...state.typing, negative: !state.typing.negative }, digitRun: null };
  }
  // After an operator the shown value becomes the (negated) right operand, as with "2+=".
  const lastKey = state.lastKey === 'equals' ? 'equals' : 'other';
  return { ...state, value: 0 - state.value /* 0 - x never gives -0 */, lastKey, digitRun: null };
}

function percent(state: CalcState): CalcState {
  const x = currentValue(state);
  const top = state.pending.at(-1);
  // "200 + 10 %" means 10% of 200; otherwise % just divides by 100.
  const ofLeft = top !== undefined && (top.op === '+' || top.op === '-');
  const value = settle(ofLeft ? (top.left * x) / 100 : x / 100);
  if (value === null) return errorState;
  const lastKey = state.lastKey === 'equals' ? 'equals' : 'other';
  return { ...state, typing: null, value, lastKey, digitRun: null };
}

function applyOperator(state: CalcState, op: Operator): CalcState {
  let pending = state.pending;
  let x = currentValue(state);
  const previous = pending.at(-1);
  if (state.lastKey === 'operator' && previous) {
    // Operator pressed twice: take back the previous one and apply this one instead.
    pending = pending.slice(0, -1);
    x = previous.left;
  }
  const reduced = reduce(pending, x, precedence(op));
  if (!reduced) return errorState;
  const pendingNow = [...reduced.pending, { left: reduced.value, op }];
  return { ...state, typing: null, value: reduced.value, pending: pendingNow, lastKey: 'operator', digitRun: '' };
}

function equals(state: CalcState): CalcState {
  const x = currentValue(state);
  const top = state.pending.at(-1);
  let repeat = state.repeat;
  let value: number | null;
  if (top) {
    repeat = { op: top.op, right: x }; // "2+3*4=" then "=" repeats "*4"
    value = reduce(state.pending, x, 0)?.value ?? null;
  } else {
    value = repeat ? calculate(x, repeat.op, repeat.right) : x;
  }
  if (value === null) return errorState;
  return { ...initialState, value, repeat, lastKey: 'equals' };
}

// ---- arithmetic ----

function precedence(op: Operator): number {
  return op === '*' || op === '/' ? 2 : 1;
}

/** Folds pending operations of at least `minPrecedence` into x, innermost first; null on error. */
type Reduced = { pending: readonly PendingOp[]; value: number };
function reduce(pending: readonly PendingOp[], x: number, minPrecedence: number): Reduced | null {
  let rest = pending;
  let value = x;
  for (let top = rest.at(-1); top && precedence(top.op) >= minPrecedence; top = rest.at(-1)) {
    const result = calculate(top.left, top.op, value);
    if (result === null) return null;
    value = result;
    rest = rest.slice(0, -1);
  }
  return { pending: rest, value };
}

function calculate(a: number, op: Operator, b: number): number | null {
  if (op === '/' && b === 0) return null;
  const raw = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
  // A sum that cancels below 12 digits of its operands is float noise, e.g. 1/3*3-1.
  const cancelled = (op === '+' || op === '-') && Math.abs(raw) < 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  return settle(cancelled ? 0 : raw);
}

/** Rounds away binary noise; null when the value is not a number a calculator can show. */
function settle(x: number): number | null {
  const rounded = Number(x.toPrecision(15)) + 0; // + 0 turns -0 into 0
  return Number.isFinite(rounded) && Math.abs(rounded) < OVERFLOW ? rounded : null;
}

function currentValue(state: CalcState): number {
  if (!state.typing) return state.value;
  const magnitude = Number(state.typing.text);
  return state.typing.negative ? -magnitude : magnitude;
}

// ---- formatting ----

/** Typed text as shown: leading zeros collapse ("007" → "7", "00.5" → "0.5"). */
function shownTyping(text: string): string {
  return text.replace(/^0+(?=\d)/, '');
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function formatNumber(x: number): string {
  const sign = x < 0 ? '-' : '';
  const abs = Math.abs(x);
  if (abs === 0) return '0';
  if (abs >= 1e-6 && abs < 1e12) {
    const integerDigits = String(Math.trunc(abs)).length;
    const fixed = trimZeros(abs.toFixed(Math.max(0, MAX_CHARS - integerDigits - 1)));
    if (fixed.length <= MAX_CHARS) return sign + fixed; // may not fit when rounding carries
  }
  for (let fractionDigits = MAX_CHARS - 1; fractionDigits > 0; fractionDigits--) {
    const [mantissa = '', exponent = ''] = abs.toExponential(fractionDigits).split('e');
    const text = `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
    if (text.length <= MAX_CHARS) return sign + text;
  }
  return sign + abs.toExponential(0).replace('+', '');
}
