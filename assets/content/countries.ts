/**
 * The countries Haven has checked helplines for, as ISO 3166-1 codes. Kept apart from the
 * helplines themselves because the settings (read by the cover) validate a stored choice
 * against it: the codes alone say nothing, the lines stay in the lazily loaded article chunk.
 */
export const HELPLINE_COUNTRIES = ['US', 'CA', 'MX', 'GB', 'IE', 'ES', 'CO', 'CL', 'AU', 'NZ'] as const;

export type CountryCode = (typeof HELPLINE_COUNTRIES)[number];

export function isHelplineCountry(value: unknown): value is CountryCode {
  return typeof value === 'string' && (HELPLINE_COUNTRIES as readonly string[]).includes(value);
}
