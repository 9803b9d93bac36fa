import { describe, expect, it } from 'vitest';
import { COUNTRIES, EMERGENCY_NUMBERS, HELPLINES } from '@/assets/content/helplines';

describe('the helplines', () => {
  it('each carry a source and the date they were checked', () => {
    for (const line of HELPLINES) {
      expect(line.sources.length, line.id).toBeGreaterThan(0);
      expect(line.checked, line.id).toBe('2026-11-24');
      expect(COUNTRIES, line.id).toContain(line.country);
    }
  });

  it('dial exactly the number they show', () => {
    const digits = (text: string) => text.replace(/\(.*\)/, '').replace(/\D/g, '');
    for (const line of HELPLINES) {
      for (const contact of line.contacts) {
        if (contact.kind === 'call' || contact.kind === 'tty') expect(contact.href, line.id).toBe(`tel:${digits(contact.display)}`);
        if (contact.kind === 'text') expect(contact.href.startsWith(`sms:${digits(contact.display.en)}`), line.id).toBe(true);
        if (contact.kind === 'website') expect(new URL(contact.href).hostname, line.id).toBe(contact.display);
      }
    }
    for (const entry of EMERGENCY_NUMBERS) expect(entry.href).toBe(`tel:${entry.number}`);
  });

  it('list no country that was not checked', () => {
    expect([...new Set(HELPLINES.map((line) => line.country))].sort()).toEqual(['AU', 'GB', 'IE', 'US']);
  });
});
