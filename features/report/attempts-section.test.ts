import { describe, expect, it } from 'vitest';
import { attemptsBlocks } from './attempts-section';
import { reportFormat } from './report-model';

const record = {
  events: [{ kind: 'wrong' as const, at: Date.UTC(2026, 11, 1, 14, 2) }, { kind: 'memo' as const, at: Date.UTC(2026, 11, 1, 14, 3) }],
  older: { open: { count: 4, first: Date.UTC(2026, 0, 1), last: Date.UTC(2026, 5, 1) } },
  findings: [{ what: 'tape-missing' as const, at: Date.UTC(2026, 10, 1) }],
  seen: 0,
};

describe('the record of attempts in the evidence report', () => {
  it('is its own section: every event with its time, the older ones summed up, findings and limits', () => {
    const texts = attemptsBlocks(record, reportFormat('en', 'en-GB')).map((block) => ('text' in block ? block.text : '<page>'));
    expect(texts[0]).toBe('<page>');
    expect(texts[1]).toBe('Attempts to get in');
    expect(texts.filter((text) => /: Wrong passphrase$/.test(text))).toHaveLength(1);
    expect(texts.filter((text) => /: Decoy code used/.test(text))).toHaveLength(1);
    expect(texts.some((text) => text.startsWith('Before these: 4 more of “Opened with your code”'))).toBe(true);
    expect(texts.some((text) => text.includes('someone may have removed it'))).toBe(true);
    expect(texts.at(-1)).toMatch(/^What this cannot prove/);
  });

  it('is in Spanish in a Spanish report, and absent without a record', () => {
    expect(attemptsBlocks(record, reportFormat('es', 'es-ES')).some((block) => 'text' in block && block.text === 'Intentos de entrar')).toBe(true);
    expect(attemptsBlocks(null, reportFormat('en', 'en'))).toEqual([]);
  });
});
