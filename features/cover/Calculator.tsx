import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { clearLabel, display, expression, initialState, keyFromKeyboard, keysFromText, press, typedDigits, type CalcKey, type CalcState } from './calculator';
import './calculator.css';

interface Props {
  /**
   * Called after every `=` with the digits typed just before it (may be empty) and the last
   * keys pressed. The display has already shown the ordinary result; the check runs after, the
   * same way for every `=`.
   */
  onEquals?: (digits: string, recentKeys: readonly CalcKey[]) => void;
}

interface KeySpec {
  key: CalcKey;
  label: string;
  name: string;
  kind: 'digit' | 'op' | 'fn' | 'equals';
}

/** How many of the last keys `onEquals` is told about. */
const RECENT_KEYS = 8;

const digit = (d: CalcKey): KeySpec => ({ key: d, label: d, name: d, kind: 'digit' });
const KEYS: KeySpec[] = [
  { key: 'AC', label: 'AC', name: 'all clear', kind: 'fn' },
  { key: 'neg', label: '±', name: 'change sign', kind: 'fn' },
  { key: '%', label: '%', name: 'percent', kind: 'fn' },
  { key: '/', label: '÷', name: 'divide', kind: 'op' },
  digit('7'), digit('8'), digit('9'),
  { key: '*', label: '×', name: 'multiply', kind: 'op' },
  digit('4'), digit('5'), digit('6'),
  { key: '-', label: '−', name: 'minus', kind: 'op' },
  digit('1'), digit('2'), digit('3'),
  { key: '+', label: '+', name: 'plus', kind: 'op' },
  digit('0'),
  { key: '.', label: '.', name: 'decimal point', kind: 'digit' },
  { key: 'back', label: '⌫', name: 'backspace', kind: 'fn' },
  { key: '=', label: '=', name: 'equals', kind: 'equals' },
];

/** The cover: a calculator that works like any other, with keyboard and paste. */
export function Calculator({ onEquals }: Props) {
  const [state, setState] = useState<CalcState>(initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const recentKeys = useRef<CalcKey[]>([]);

  const apply = useCallback(
    (keys: CalcKey[]) => {
      let next = stateRef.current;
      for (const key of keys) {
        const digits = key === '=' ? typedDigits(next) : null;
        next = press(next, key);
        recentKeys.current = [...recentKeys.current.slice(-(RECENT_KEYS - 1)), key];
        if (digits !== null) {
          stateRef.current = next;
          setState(next);
          onEquals?.(digits, recentKeys.current);
        }
      }
      stateRef.current = next;
      setState(next);
    },
    [onEquals],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = keyFromKeyboard(event.key);
      if (!key) return;
      // Enter on a focused key button would press it twice; the keyboard wins.
      event.preventDefault();
      apply([key]);
    };
    const onPaste = (event: ClipboardEvent) => {
      event.preventDefault();
      apply(keysFromText(event.clipboardData?.getData('text') ?? ''));
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('paste', onPaste);
    };
  }, [apply]);

  const shown = display(state);
  const clear = clearLabel(state);
  return (
    <main class="calc" aria-label="Calculator">
      <h1 class="visually-hidden">Calculator</h1>
      <div class="calc-screen">
        <div class="calc-expression" aria-hidden="true">{expression(state)}</div>
        <output class={`calc-display${shown.length > 9 ? ' calc-display-long' : ''}`} aria-label="Display" aria-live="polite">
          {shown}
        </output>
      </div>
      <div class="calc-keys">
        {KEYS.map((spec) => {
          const isClear = spec.key === 'AC';
          const label = isClear ? clear : spec.label;
          // The visible label starts the accessible name (WCAG 2.5.3).
          const name = isClear ? (clear === 'C' ? 'C, clear' : 'AC, all clear') : spec.name;
          return (
            <button
              type="button"
              key={spec.key}
              class={`calc-key calc-key-${spec.kind}`}
              aria-label={name}
              onClick={() => apply([isClear ? clear : spec.key])}
            >
              {label}
            </button>
          );
        })}
      </div>
    </main>
  );
}
