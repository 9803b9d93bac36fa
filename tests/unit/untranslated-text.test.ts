import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint guard that keeps every shown word in a dictionary: a view with text written straight
 * into it fails `npm run lint:code`. Checked here on a small view, as if it were in features/.
 */
const VIEW = `
export function Probe({ busy, n, t }: { busy: boolean; n: number; t: (key: string) => string }) {
  return (
    <div class="probe" title="Hello there">
      Plain words
      <button type="button" aria-label={'Close it'}>{busy ? 'Saving…' : t('save')}</button>
      {\`Show \${n} more\`}
      <span>←</span> {' · '} {t('fine')}
    </div>
  );
}
`;

describe('the guard against untranslated text', () => {
  it('flags text, labels and titles written into a view, and allows symbols and t(key)', { timeout: 30_000 }, async () => {
    const [result] = await new ESLint().lintText(VIEW, { filePath: 'features/probe/Probe.tsx' });
    const at = (line: number) => result!.messages.filter((message) => message.line === line);
    // The title; the plain words (a text node starts right after its tag, on line 4).
    expect(at(4).map((message) => message.ruleId).sort()).toEqual(['no-restricted-syntax', 'react/jsx-no-literals']);
    expect(at(4).find((message) => message.ruleId === 'react/jsx-no-literals')?.message).toContain('Plain words');
    // The aria-label and the 'Saving…' (t('save') is fine).
    expect(at(6)).toHaveLength(2);
    // The built text.
    expect(at(7).length).toBeGreaterThan(0);
    // Symbols and t(key).
    expect(at(8)).toEqual([]);
  });
});
