/**
 * The helplines on Haven's resources screen, from the project's checked list
 * (helplines.md, checked against public sources on 2026-11-24). Numbers change: before a
 * release, check each against its source and update `checked`. Only lines that were checked
 * are here; Canada, New Zealand and Spanish-speaking countries are not yet.
 */

/** The same words in each of Haven's languages. */
export interface Words {
  en: string;
  es: string;
}

export type CountryCode = 'US' | 'GB' | 'AU' | 'IE';

export const COUNTRY_NAMES: Record<CountryCode, Words> = {
  US: { en: 'United States', es: 'Estados Unidos' },
  GB: { en: 'United Kingdom', es: 'Reino Unido' },
  AU: { en: 'Australia', es: 'Australia' },
  IE: { en: 'Ireland', es: 'Irlanda' },
};

/** The order countries are listed in. */
export const COUNTRIES: CountryCode[] = ['US', 'GB', 'AU', 'IE'];

export type Contact =
  /** `href` is a `tel:` value; `display` is the number as people write it. */
  | { kind: 'call' | 'tty'; href: `tel:${string}`; display: string; note?: Words }
  | { kind: 'text'; href: `sms:${string}`; display: Words; note?: Words }
  | { kind: 'website'; href: `https://${string}`; display: string; note?: Words };

export interface Source {
  display: string;
  href: `https://${string}`;
}

export interface Helpline {
  id: string;
  country: CountryCode;
  service: string;
  /** Who runs it, hours, cost, what to ask for. */
  about: Words;
  contacts: Contact[];
  sources: Source[];
  checked: string;
}

export const CHECKED = '2026-11-24';

export const HELPLINES: Helpline[] = [
  {
    id: 'us-ndvh',
    country: 'US',
    service: 'National Domestic Violence Hotline',
    about: {
      en: 'Open 24/7. Free and confidential, in more than 200 languages. You can also chat on its website.',
      es: 'Abierta las 24 horas, todos los días. Gratuita y confidencial, en más de 200 idiomas. También tiene chat en su web.',
    },
    contacts: [
      { kind: 'call', href: 'tel:18007997233', display: '1-800-799-7233 (800-799-SAFE)' },
      { kind: 'tty', href: 'tel:18007873224', display: '1-800-787-3224' },
      { kind: 'text', href: 'sms:88788?body=START', display: { en: 'START to 88788', es: 'START al 88788' } },
      { kind: 'website', href: 'https://thehotline.org', display: 'thehotline.org', note: { en: 'chat', es: 'chat' } },
    ],
    sources: [
      {
        display: 'ovc.ojp.gov',
        href: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
      },
    ],
    checked: CHECKED,
  },
  {
    id: 'gb-ndah',
    country: 'GB',
    service: 'National Domestic Abuse Helpline',
    about: {
      en: 'For England. Run by Refuge; open 24/7 and free. You can ask for a safe time to be called back.',
      es: 'Para Inglaterra. La gestiona Refuge; abierta las 24 horas y gratuita. Puedes pedir que te llamen a una hora segura.',
    },
    contacts: [
      { kind: 'call', href: 'tel:08082000247', display: '0808 2000 247' },
      { kind: 'website', href: 'https://nationaldahelpline.org.uk', display: 'nationaldahelpline.org.uk' },
    ],
    sources: [{ display: 'refuge.org.uk/news (Refuge press releases)', href: 'https://refuge.org.uk/news' }],
    checked: CHECKED,
  },
  {
    id: 'gb-mens-advice-line',
    country: 'GB',
    service: 'Men’s Advice Line',
    about: {
      en: 'A helpline for men.',
      es: 'Una línea de ayuda para hombres.',
    },
    contacts: [{ kind: 'call', href: 'tel:08088010327', display: '0808 801 0327' }],
    sources: [{ display: 'centre56.org.uk/domestic-abuse', href: 'https://centre56.org.uk/domestic-abuse' }],
    checked: CHECKED,
  },
  {
    id: 'gb-silent-solution',
    country: 'GB',
    service: 'Silent Solution',
    about: {
      en: 'The police, when you are in danger and cannot speak: call 999, then press 55 when you are asked.',
      es: 'La policía, cuando estás en peligro y no puedes hablar: llama al 999 y marca 55 cuando te lo pidan.',
    },
    contacts: [{ kind: 'call', href: 'tel:999', display: '999', note: { en: 'then press 55', es: 'y después marca 55' } }],
    sources: [{ display: 'centre56.org.uk/domestic-abuse', href: 'https://centre56.org.uk/domestic-abuse' }],
    checked: CHECKED,
  },
  {
    id: 'au-1800respect',
    country: 'AU',
    service: '1800RESPECT',
    about: {
      en: 'National counselling service, open 24/7: by phone, text message, chat or video. In an emergency, call 000.',
      es: 'Servicio nacional de orientación, abierto las 24 horas: por teléfono, SMS, chat o videollamada. En una emergencia, llama al 000.',
    },
    contacts: [
      { kind: 'call', href: 'tel:1800737732', display: '1800 737 732' },
      { kind: 'website', href: 'https://1800respect.org.au', display: '1800respect.org.au' },
    ],
    sources: [
      { display: 'plan4womenssafety.dss.gov.au', href: 'https://plan4womenssafety.dss.gov.au/initiatives/1800respect' },
      { display: '1800respect.org.au', href: 'https://1800respect.org.au' },
    ],
    checked: CHECKED,
  },
  {
    id: 'ie-womens-aid',
    country: 'IE',
    service: 'Women’s Aid 24hr National Freephone Helpline',
    about: {
      en: 'Open 24 hours; the call is free.',
      es: 'Abierta las 24 horas; la llamada es gratuita.',
    },
    contacts: [
      { kind: 'call', href: 'tel:1800341900', display: '1800 341 900' },
      { kind: 'website', href: 'https://womensaid.ie', display: 'womensaid.ie' },
    ],
    sources: [
      { display: 'womensaid.ie (2016 media release)', href: 'https://womensaid.ie' },
      { display: 'irishtimes.com', href: 'https://irishtimes.com' },
    ],
    checked: CHECKED,
  },
];

/** For immediate danger. */
export const EMERGENCY_NUMBERS: { number: string; href: `tel:${string}`; where: Words }[] = [
  { number: '911', href: 'tel:911', where: { en: 'United States, Canada', es: 'Estados Unidos, Canadá' } },
  { number: '999', href: 'tel:999', where: { en: 'United Kingdom', es: 'Reino Unido' } },
  { number: '112', href: 'tel:112', where: { en: 'European Union', es: 'Unión Europea' } },
  { number: '000', href: 'tel:000', where: { en: 'Australia', es: 'Australia' } },
];
