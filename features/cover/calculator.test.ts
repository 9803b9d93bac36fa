import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  clearLabel,
  display,
  expression,
  initialState,
  keyFromKeyboard,
  keysFromText,
  press,
  typedDigits,
  type CalcKey,
  type CalcState,
} from './calculator';

const NAMED_KEYS = new Set<string>(['neg', 'C', 'AC', 'back']);

/** Presses keys; each part is either a named key ('neg', 'C', 'AC', 'back') or text for keysFromText. */
function stateAfter(...parts: string[]): CalcState {
  let state = initialState;
  for (const part of parts) {
    const keys = NAMED_KEYS.has(part) ? [part as CalcKey] : keysFromText(part);
    for (const key of keys) state = press(state, key);
  }
  return state;
}

function run(...parts: string[]): string {
  return display(stateAfter(...parts));
}

function pressAll(keys: readonly CalcKey[], state: CalcState = initialState): CalcState {
  return keys.reduce(press, state);
}

/** Keys that type integer n (digits, then neg when negative). */
function typeInteger(n: number): CalcKey[] {
  const keys = keysFromText(String(Math.abs(n)));
  return n < 0 ? [...keys, 'neg'] : keys;
}

const ALL_KEYS: CalcKey[] = [
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
  '.', '+', '-', '*', '/', '=', '%', 'neg', 'C', 'AC', 'back',
];
// Weighted towards digits so that sequences build real numbers, not just operator soup.
const keyArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<CalcKey>('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') },
  { weight: 2, arbitrary: fc.constantFrom<CalcKey>(...ALL_KEYS) },
);
const keysArb = fc.array(keyArb, { maxLength: 60 });

/** Display bound: ≤ 12 characters plus an optional leading '-' (13 in total). */
const DISPLAY_PATTERN = /^(-?[0-9.e+-]+|Error)$/;
const MAX_DISPLAY_LENGTH = 13;

describe('basic arithmetic', () => {
  it.each([
    ['12+7=', '19'],
    ['0', '0'],
    ['', '0'],
    ['7', '7'],
    ['9-12=', '-3'],
    ['6/4=', '1.5'],
    ['2*3=', '6'],
    ['-5=', '-5'],
    ['5=', '5'],
    ['=', '0'],
  ])('%s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });
});

describe('precedence and chaining', () => {
  it.each([
    ['2+3*4=', '14'],
    ['2*3+4=', '10'],
    ['2+3*4-5=', '9'],
    ['10-4/2=', '8'],
    ['2+3*4*5=', '62'],
    ['100/10/2=', '5'],
    ['1+2+3+4=', '10'],
    ['2-3-4=', '-5'],
    ['8/2*4=', '16'],
    ['1+2*3+4*5=', '27'],
  ])('%s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it.each([
    ['2+3*', '3'],
    ['2+3*4+', '14'],
    ['2*3*', '6'],
    ['2+3+', '5'],
  ])('an operator shows the running value: %s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it.each([
    ['2+*3=', '6'],
    ['2*+3=', '5'],
    ['2+3*-4=', '1'],
    ['2+-*/3=', '0.6666666667'],
  ])('a second operator replaces the first: %s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it('an operator after = continues with the result', () => {
    expect(run('2+3=*4=')).toBe('20');
    expect(run('2+3=-10=')).toBe('-5');
  });

  it('a digit after = starts a new calculation', () => {
    expect(run('2+3=4')).toBe('4');
    expect(run('2+3=4=')).toBe('4');
    expect(run('2+3=4+1=')).toBe('5');
    expect(run('2+3=.5=')).toBe('0.5');
  });

  it('= with a pending operator and no right operand uses the shown value', () => {
    expect(run('2+=')).toBe('4');
    expect(run('3*=')).toBe('9');
  });
});

describe('repeated =', () => {
  it.each([
    ['2+3==', '8'],
    ['2+3===', '11'],
    ['10-1===', '7'],
    ['2*3==', '18'],
    ['81/3==', '9'],
    ['2+3*4==', '56'],
    ['5==', '5'],
  ])('%s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });
});

describe('floating point', () => {
  it.each([
    ['0.1+0.2=', '0.3'],
    ['1.1*3=', '3.3'],
    ['1/3*3=', '1'],
    ['0.3-0.1=', '0.2'],
    ['1/3*3-1=', '0'],
    ['0.1+0.2-0.3=', '0'],
    ['0.7+0.1=', '0.8'],
    ['4.35*100=', '435'],
    ['1.005*1000=', '1005'],
    ['0.1*3=', '0.3'],
    ['1/3=', '0.3333333333'],
    ['2/3=', '0.6666666667'],
    ['10/3=', '3.3333333333'],
    ['1/7=', '0.1428571429'],
  ])('%s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });
});

describe('percent', () => {
  it.each([
    ['200+10%', '20'],
    ['200+10%=', '220'],
    ['200-10%=', '180'],
    ['50%', '0.5'],
    ['200*10%', '0.1'],
    ['200*10%=', '20'],
    ['200/10%=', '2000'],
    ['5%%', '0.0005'],
  ])('%s → %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it('% on a result divides it by 100', () => {
    expect(run('40+10=%')).toBe('0.5');
  });
});

describe('neg', () => {
  it('toggles the sign of the entry', () => {
    expect(run('12', 'neg')).toBe('-12');
    expect(run('12', 'neg', 'neg')).toBe('12');
    expect(run('12', 'neg', '3')).toBe('-123');
    expect(run('12', 'neg', '+5=')).toBe('-7');
  });

  it('on an empty entry shows -0 and keeps typing', () => {
    expect(run('0', 'neg')).toBe('-0');
    expect(run('0', 'neg', '.5')).toBe('-0.5');
  });

  it('toggles the sign of a result', () => {
    expect(run('2+3=', 'neg')).toBe('-5');
    expect(run('2+3=', 'neg', '*2=')).toBe('-10');
  });

  it('never shows -0 for a zero result', () => {
    expect(run('neg')).toBe('0');
    expect(run('0*5=', 'neg')).toBe('0');
    expect(run('5', 'neg', '*0=')).toBe('0');
  });

  it('after an operator negates the shown value as the right operand', () => {
    expect(run('5+', 'neg')).toBe('-5');
    expect(run('5+', 'neg', '=')).toBe('0');
  });
});

describe('back', () => {
  it('deletes the last typed character', () => {
    expect(run('123', 'back')).toBe('12');
    expect(run('1.5', 'back')).toBe('1.');
    expect(run('1.5', 'back', 'back')).toBe('1');
    expect(run('1.5', 'back', 'back', '2')).toBe('12');
  });

  it('deleting everything shows 0', () => {
    expect(run('7', 'back')).toBe('0');
    expect(run('7', 'back', 'back')).toBe('0');
    expect(run('5', 'neg', 'back')).toBe('0');
  });

  it('does nothing on a result or after an operator', () => {
    expect(run('12+7=', 'back')).toBe('19');
    expect(run('12+7', 'back', '=')).toBe('12');
    expect(run('12+', 'back')).toBe('12');
    expect(run('12+', 'back', '3=')).toBe('15');
  });

  it('keeps the pending operation', () => {
    expect(run('12+78', 'back', '=')).toBe('19');
  });
});

describe('C and AC', () => {
  it('C clears only the entry', () => {
    expect(run('12+7', 'C')).toBe('0');
    expect(run('12+7', 'C', '3=')).toBe('15');
    expect(expression(stateAfter('12+7', 'C'))).toBe('12 +');
  });

  it('AC clears everything', () => {
    expect(run('12+7', 'AC')).toBe('0');
    expect(run('12+7', 'AC', '3=')).toBe('3');
    expect(expression(stateAfter('12+7', 'AC'))).toBe('');
    expect(run('2+3=', 'AC', '=')).toBe('0');
  });

  it('C with nothing typed acts like AC', () => {
    expect(run('12+', 'C', '3=')).toBe('3');
  });

  it.each<[string[], 'C' | 'AC']>([
    [[], 'AC'],
    [['5'], 'C'],
    [['0'], 'C'],
    [['.'], 'C'],
    [['5+'], 'AC'],
    [['5+3'], 'C'],
    [['5+3', 'C'], 'AC'],
    [['5+3='], 'AC'],
    [['5', 'back'], 'AC'],
    [['50%'], 'AC'],
    [['5/0='], 'AC'],
  ])('clearLabel after %j is %s', (parts, expected) => {
    expect(clearLabel(stateAfter(...parts))).toBe(expected);
  });
});

describe('errors', () => {
  it.each(['5/0=', '0/0=', '5/0+', '1+5/0*', '1+5/0=', '2/0.0='])('%s → Error', (input) => {
    expect(run(input)).toBe('Error');
  });

  it('is not triggered by a zero that is not a divisor', () => {
    expect(run('5/=')).toBe('1');
    expect(run('5/0%')).toBe('0');
    expect(run('0/5=')).toBe('0');
  });

  it('overflow at 1e100 → Error', () => {
    expect(run('10000000000*========')).toBe('1e90');
    expect(run('10000000000*=========')).toBe('Error');
    expect(run('999999999999*=======')).toBe('1e96');
    expect(run('999999999999*========')).toBe('Error');
  });

  it('C, AC and back after Error just reset', () => {
    for (const key of ['C', 'AC', 'back']) {
      const state = stateAfter('5/0=', key);
      expect(display(state)).toBe('0');
      expect(state).toEqual(initialState);
    }
  });

  it('any other key after Error resets and then applies', () => {
    expect(run('5/0=7')).toBe('7');
    expect(run('5/0=7+1=')).toBe('8');
    expect(run('5/0=.')).toBe('0.');
    expect(run('5/0=+')).toBe('0');
    expect(run('5/0=', 'neg')).toBe('0');
    expect(run('5/0==')).toBe('0');
    expect(expression(stateAfter('5/0=+'))).toBe('0 +');
  });

  it('Error shows no pending expression', () => {
    expect(expression(stateAfter('1+5/0*'))).toBe('');
  });
});

describe('entry', () => {
  it.each([
    ['007', '7'],
    ['000', '0'],
    ['00.5', '0.5'],
    ['0.50', '0.50'],
    ['.5', '0.5'],
    ['.', '0.'],
    ['1..2', '1.2'],
    ['1.2.3', '1.23'],
    ['3.', '3.'],
    ['007+1=', '8'],
    ['3.+1=', '4'],
  ])('%s shows %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it('caps at 12 digits', () => {
    expect(run('123456789012')).toBe('123456789012');
    expect(run('1234567890123456')).toBe('123456789012');
    expect(run('1234567890123456+1=')).toBe('123456789013');
  });

  it('counts the point against the 12 characters', () => {
    expect(run('12345678901.23')).toBe('12345678901.');
    expect(run('123456789012.5')).toBe('123456789012');
    expect(run('0.12345678901234')).toBe('0.1234567890');
  });

  it('leading zeros do not count against the cap', () => {
    expect(run('0000000000000001')).toBe('1');
    expect(run('0000000123456789012')).toBe('123456789012');
  });

  it('handles a very long paste (capped at 200 keys)', () => {
    expect(run('9'.repeat(500))).toBe('999999999999');
    expect(run('1+'.repeat(300) + '=')).toBe('100');
  });
});

describe('display formatting', () => {
  it.each([
    ['12345678*100000000=', '1.2345678e15'],
    ['123456789*10000000=', '1.2345679e15'],
    ['999999999999+1=', '1e12'],
    ['999999999999*1000=', '1e15'],
    ['999999999999*999999999999=', '1e24'],
    ['1/10000000000=', '1e-10'],
    ['1/1000000=', '0.000001'],
    ['1/10000000=', '1e-7'],
    ['1.5/10000000=', '1.5e-7'],
    ['123456.789012*1=', '123456.78901'],
    ['1234567890.5*1=', '1234567890.5'],
    ['12345678901*1.5=', '18518518352'],
    ['99999999999.5+0.6=', '100000000000'],
    ['0.0000000001=', '1e-10'],
    ['12345678*100000000=', '1.2345678e15'],
  ])('%s → %s', (input, expected) => {
    const shown = run(input);
    expect(shown).toBe(expected);
    expect(shown.replace(/^-/, '').length).toBeLessThanOrEqual(12);
  });

  it('negative values keep the bound without the sign', () => {
    expect(run('0-12345678*100000000=')).toBe('-1.2345678e15');
    expect(run('0-999999999999=')).toBe('-999999999999');
    expect(run('1', 'neg', '/3=')).toBe('-0.3333333333');
  });

  it('uses no thousands separators', () => {
    expect(run('1000*1000=')).toBe('1000000');
  });
});

describe('expression', () => {
  it.each([
    ['', ''],
    ['12', ''],
    ['12+', '12 +'],
    ['12+7', '12 +'],
    ['12+7*', '12 + 7 ×'],
    ['12-7/', '12 − 7 ÷'],
    ['12+7*3-', '33 −'],
    ['12+7=', ''],
    ['12+*', '12 ×'],
    ['0-5=*', '−5 ×'],
  ])('%s → "%s"', (input, expected) => {
    expect(expression(stateAfter(input))).toBe(expected);
  });
});

describe('typedDigits', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['0042'], '0042'],
    [['42'], '42'],
    [['12+0042'], '0042'],
    [['12+'], ''],
    [['4.2'], ''],
    [['42', 'neg'], ''],
    [['42', 'neg', 'neg'], ''],
    [['42%'], ''],
    [['42%', '7'], ''],
    [['42%+7'], '7'],
    [['1234='], ''],
    [['1234=5678'], '5678'],
    [['123', 'back'], '12'],
    [['123', 'back', '9'], '129'],
    [['123', 'C', '45'], '45'],
    [['123', 'AC', '45'], '45'],
    [['123456789012'], '123456789012'],
    [['000000000000'], '000000000000'],
    [['1234567890123'], '123456789012'],
    [['5/0=', '12'], '12'],
  ])('after %j → %s', (parts, expected) => {
    expect(typedDigits(stateAfter(...parts))).toBe(expected);
  });

  it('is available before = without pressing it', () => {
    const beforeEquals = stateAfter('0042');
    expect(typedDigits(beforeEquals)).toBe('0042');
    expect(display(beforeEquals)).toBe('42');
    expect(display(press(beforeEquals, '='))).toBe('42');
  });
});

describe('keyFromKeyboard', () => {
  it.each<[string, CalcKey | null]>([
    ['0', '0'], ['5', '5'], ['9', '9'],
    ['.', '.'], [',', '.'],
    ['+', '+'], ['-', '-'], ['*', '*'], ['x', '*'], ['X', '*'], ['/', '/'],
    ['=', '='], ['Enter', '='], ['%', '%'],
    ['Backspace', 'back'], ['Escape', 'AC'], ['Delete', 'C'], ['F9', 'neg'],
    ['a', null], ['', null], [' ', null], ['Shift', null], ['F1', null], ['12', null],
    ['ArrowUp', null], ['toString', null], ['constructor', null], ['__proto__', null],
    ['neg', null], ['AC', null], ['back', null], ['×', null],
  ])('%j → %j', (key, expected) => {
    expect(keyFromKeyboard(key)).toBe(expected);
  });
});

describe('keysFromText', () => {
  it('maps characters and drops garbage', () => {
    expect(keysFromText('12+7=')).toEqual(['1', '2', '+', '7', '=']);
    expect(keysFromText(' 1,5 × 2\n÷ 3 − 1 ')).toEqual(['1', '.', '5', '*', '2', '/', '3', '-', '1']);
    expect(keysFromText('abc Enter \t😀')).toEqual([]);
    expect(keysFromText('$1,234.50')).toEqual(['1', '.', '2', '3', '4', '.', '5', '0']);
    expect(keysFromText('3x4')).toEqual(['3', '*', '4']);
    expect(keysFromText('')).toEqual([]);
  });

  it('caps at 200 keys', () => {
    expect(keysFromText('7'.repeat(1000))).toHaveLength(200);
    expect(keysFromText('a7'.repeat(1000))).toHaveLength(200);
  });

  it('pasting garbage-laden text computes', () => {
    expect(run('Total: 12 + 7 = ')).toBe('19');
    expect(run('(2 + 3) × 4 =')).toBe('14');
    expect(run('10 ÷ 4 =')).toBe('2.5');
    expect(run('10 − 4 =')).toBe('6');
  });
});

describe('properties', () => {
  it(`never throws; display matches the pattern and is at most ${MAX_DISPLAY_LENGTH} characters`, () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        let state = initialState;
        for (const key of keys) {
          state = press(state, key);
          const shown = display(state);
          expect(shown).toMatch(DISPLAY_PATTERN);
          expect(shown.length).toBeLessThanOrEqual(MAX_DISPLAY_LENGTH);
          expect(shown.replace(/^-/, '').length).toBeLessThanOrEqual(12);
          expect(typeof expression(state)).toBe('string');
          expect(typedDigits(state)).toMatch(/^[0-9]*$/);
          expect(['C', 'AC']).toContain(clearLabel(state));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('integer +, − and × match JavaScript exactly', () => {
    const integer = fc.integer({ min: -1_000_000, max: 1_000_000 });
    const operations = [
      ['+', (a: number, b: number) => a + b],
      ['-', (a: number, b: number) => a - b],
      ['*', (a: number, b: number) => a * b],
    ] as const;
    fc.assert(
      fc.property(integer, integer, fc.constantFrom(...operations), (a, b, [op, exact]) => {
        const expected = exact(a, b);
        fc.pre(Math.abs(expected) < 1e12); // fits 12 digits
        const state = pressAll([...typeInteger(a), op, ...typeInteger(b), '=']);
        expect(display(state)).toBe(String(expected));
      }),
      { numRuns: 2000 },
    );
  });

  it('typedDigits returns exactly the digits typed', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(keysArb, digits, (prefix, typed) => {
        const afterAC = pressAll([...prefix, 'AC', ...keysFromText(typed)]);
        expect(typedDigits(afterAC)).toBe(typed);
        const afterOperator = pressAll([...prefix, '+', ...keysFromText(typed)]);
        expect(typedDigits(afterOperator)).toBe(typed);
      }),
    );
  });

  it('neg twice changes nothing on the display', () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        const state = pressAll(keys);
        fc.pre(!state.error); // any key after Error resets, so neg is not a toggle there
        expect(display(pressAll(['neg', 'neg'], state))).toBe(display(state));
      }),
      { numRuns: 2000 },
    );
  });

  it('AC from anywhere returns to the initial state', () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        expect(pressAll([...keys, 'AC'])).toEqual(initialState);
      }),
    );
  });

  it('the state is never mutated', () => {
    fc.assert(
      fc.property(keysArb, keyArb, (keys, key) => {
        const state = pressAll(keys);
        const snapshot = JSON.stringify(state);
        press(state, key);
        expect(JSON.stringify(state)).toBe(snapshot);
      }),
    );
  });
});
