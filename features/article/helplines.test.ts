import { describe, expect, it } from 'vitest';
import { HELPLINE_COUNTRIES } from '@/assets/content/countries';
import { COUNTRIES, HELPLINES } from '@/assets/content/helplines';

const digits = (text: string) => text.replace(/\(.*\)/, '').replace(/\D/g, '');

describe('the helplines', () => {
  it('each have a country Haven lists, at least one contact, a checked date, and a government or service source', () => {
    for (const line of HELPLINES) {
      expect(HELPLINE_COUNTRIES, line.id).toContain(line.country);
      expect(line.contacts.length, line.id).toBeGreaterThan(0);
      // A real day, and not one still to come: a line is shown only once it was checked.
      expect(line.checked, line.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${line.checked}T00:00:00Z`).toISOString().slice(0, 10), line.id).toBe(line.checked);
      expect(Date.parse(`${line.checked}T00:00:00Z`), line.id).toBeLessThanOrEqual(Date.now());
      expect(line.sources.some((source) => source.kind === 'government' || source.kind === 'service'), `${line.id} has no government or service source`).toBe(true);
      for (const source of line.sources) expect(new URL(source.href).protocol, line.id).toBe('https:');
    }
  });

  it('dial exactly the number they show, and never put a country prefix before a short code', () => {
    for (const line of HELPLINES) {
      for (const contact of line.contacts) {
        if (contact.kind === 'call' || contact.kind === 'tty') {
          expect(contact.href, line.id).toBe(`tel:${digits(contact.display)}`);
          // A short code (six digits or fewer) is dialled as it is: no +, no country code.
          if (digits(contact.display).length <= 7) expect(contact.href, line.id).not.toContain('+');
        }
        if (contact.kind === 'text') expect(contact.href.startsWith(`sms:${digits(contact.display.en)}`), line.id).toBe(true);
        if (contact.kind === 'whatsapp') expect(contact.href.endsWith(digits(contact.display)), line.id).toBe(true);
        if (contact.kind === 'website') expect(new URL(contact.href).hostname, line.id).toBe(contact.display);
      }
    }
  });

  it('leave out, per country, nothing but what was checked', () => {
    expect([...new Set(HELPLINES.map((line) => line.country))].sort()).toEqual(['AU', 'CA', 'CL', 'CO', 'ES', 'GB', 'IE', 'MX', 'NZ', 'US']);
    // Lines the research marked UNVERIFIED or CONFLICT, or that only the press confirms.
    const shown = JSON.stringify(HELPLINES);
    for (const absent of ['2771', '765', '0508 744 633', '0800 456 450', '9700 7000', '144', '*212']) expect(shown).not.toContain(absent);
  });

  it('are listed for every country Haven offers, and every country has its emergency number', () => {
    for (const code of HELPLINE_COUNTRIES) {
      expect(HELPLINES.some((line) => line.country === code), code).toBe(true);
      expect(COUNTRIES[code].emergency.length, code).toBeGreaterThan(0);
      for (const entry of COUNTRIES[code].emergency) expect(entry.href, code).toBe(`tel:${entry.number}`);
    }
    expect(COUNTRIES.ES.emergency.map((entry) => entry.number)).toContain('112');
    expect(COUNTRIES.MX.emergency.map((entry) => entry.number)).toContain('911');
  });

  it('say honestly that Chile’s 1455 is not open day and night, and name a number that is', () => {
    const fono = HELPLINES.find((line) => line.id === 'cl-fono-1455')!;
    expect(fono.about.en).toMatch(/not 24\/7/i);
    expect(fono.about.es).toMatch(/ya no atiende las 24 horas/i);
    expect(fono.about.en).toContain('133');
    expect(COUNTRIES.CL.emergency[0]!.number).toBe('133');
  });
});
