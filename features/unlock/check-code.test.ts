import { describe, expect, it } from 'vitest';
import { isCodeCandidate } from './check-code';
import { codeProblemText, newCodeProblem } from './new-code';

describe('a new unlock code', () => {
  it('must be 4 to 12 digits, typed the same twice', () => {
    expect(newCodeProblem('4711', '4711')).toBeNull();
    expect(newCodeProblem('123456789012', '123456789012')).toBeNull();
    const text = (code: string, again: string, lang: 'en' | 'es' = 'en') => {
      const problem = newCodeProblem(code, again);
      return problem && codeProblemText(problem, lang);
    };
    expect(text('123', '123')).toMatch(/at least 4/);
    expect(text('1234567890123', '1234567890123')).toMatch(/at most 12/);
    expect(text('12a4', '12a4')).toMatch(/digits only/);
    expect(text('4711', '4712')).toMatch(/not the same/);
    expect(text('123', '123', 'es')).toBe('Usa al menos 4 dígitos.');
    expect(text('1234567890123', '1234567890123', 'es')).toBe('Usa como máximo 12 dígitos.');
  });

  it('is only ever checked for a run of 4 to 12 digits', () => {
    expect(['4711', '000000000000'].map(isCodeCandidate)).toEqual([true, true]);
    expect(['', '471', '1234567890123', '12.4', '-4711'].map(isCodeCandidate)).toEqual([false, false, false, false, false]);
  });
});
