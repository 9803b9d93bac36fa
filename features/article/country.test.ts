import { describe, expect, it } from 'vitest';
import { countryFromLanguages, resolveCountry } from './country';

describe('the country the resources open on', () => {
  it('follows the browser’s region when Haven has lines there', () => {
    expect(countryFromLanguages(['es-ES'])).toBe('ES');
    expect(countryFromLanguages(['es-MX', 'es', 'en'])).toBe('MX');
    expect(countryFromLanguages(['en-CA'])).toBe('CA');
    expect(countryFromLanguages(['en-NZ'])).toBe('NZ');
    expect(countryFromLanguages(['fr-CA'])).toBe('CA');
    expect(countryFromLanguages(['en-US'])).toBe('US');
  });

  it('guesses nothing from a language alone, or from a region Haven has no lines for', () => {
    expect(countryFromLanguages(['es'])).toBeNull();
    expect(countryFromLanguages(['en'])).toBeNull();
    expect(countryFromLanguages([])).toBeNull();
    // A browser in Germany is not sent to the next language's country.
    expect(countryFromLanguages(['de-DE', 'en-US'])).toBeNull();
    expect(countryFromLanguages(['es-AR'])).toBeNull();
  });

  it('skips tags without a country and reads the first that has one', () => {
    expect(countryFromLanguages(['es', 'es-CO'])).toBe('CO');
    expect(countryFromLanguages(['es-419', 'es-CL'])).toBe('CL');
    expect(countryFromLanguages(['not a tag', 'en-IE'])).toBe('IE');
    expect(countryFromLanguages(['EN-gb'])).toBe('GB');
  });

  it('lets a choice the person made win over the browser', () => {
    expect(resolveCountry('MX', ['es-ES'])).toBe('MX');
    expect(resolveCountry('auto', ['es-ES'])).toBe('ES');
    expect(resolveCountry('auto', ['es'])).toBeNull();
  });
});
