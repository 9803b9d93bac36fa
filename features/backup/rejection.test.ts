import { describe, expect, it } from 'vitest';
import { REJECTION_REASONS, reject, type RejectionDetail } from '@/core/backup/read';
import { LANGS } from '@/core/i18n/translate';
import { rejectionText } from './rejection';

const DETAILS: (RejectionDetail | undefined)[] = [undefined, { kind: 'checksum' }, { kind: 'not-migrated', index: 3 }, { kind: 'place', place: 'entries → 0 → id' }];

describe.each(LANGS)('why a file was not added, in %s', (lang) => {
  it('has its own plain sentence for every reason, ending with "nothing was changed"', () => {
    const sentences = REJECTION_REASONS.map((reason) => rejectionText(reject(reason), lang));
    for (const sentence of sentences) {
      expect(sentence).toMatch(/^\S.{20,}\.$/);
      expect(sentence).not.toMatch(/\{\w+\}/);
    }
    expect(new Set(sentences).size).toBe(REJECTION_REASONS.length);
    expect(new Set(sentences.map((sentence) => sentence.slice(sentence.lastIndexOf('. ') + 2))).size).toBe(1);
  });

  it('says where in the file the problem is, when it is known', () => {
    const [plain, checksum, migrated, place] = DETAILS.map((detail) => rejectionText(reject('damaged', detail), lang));
    expect(checksum!.length).toBeGreaterThan(plain!.length + 10);
    expect(migrated).toContain('entries → 3');
    expect(place).toContain('(entries → 0 → id)');
  });
});

it('keeps the English words the import screen has always shown', () => {
  expect(rejectionText(reject('too-big'), 'en')).toBe('This file is larger than 20 GB, which is far more than a saved copy can be, so it was not opened. Nothing was changed.');
  expect(rejectionText(reject('damaged', { kind: 'checksum' }), 'en')).toBe(
    'This file is damaged or incomplete (perhaps it was cut short or changed), so it cannot be read. (its checksum does not match) Nothing was changed.',
  );
  expect(rejectionText(reject('wrong-passphrase'), 'es')).toContain('frase de contraseña');
});
