import type { CountryCode } from './countries';

/**
 * The helplines on Haven's resources screen, by country. Every line was checked against a
 * government page or the service's own page (a source of kind 'government' or 'service'); a
 * news source may stand beside it where only the press gives the hours. Lines that only the
 * press confirms stay out (see docs/design.md, "Helplines"). Numbers change: before a release,
 * check each against its sources and update `checked`.
 *
 * Short codes (016, 079, 155, 1455, 310-1818…) work only inside their country: they are
 * written and dialled without a country prefix, and the screen says so.
 */

export type { CountryCode } from './countries';

/** The same words in each of Haven's languages. */
export interface Words {
  en: string;
  es: string;
}

export type Contact =
  /** `href` is a `tel:` value; `display` is the number as people write it. */
  | { kind: 'call' | 'tty'; href: `tel:${string}`; display: string; note?: Words }
  | { kind: 'text'; href: `sms:${string}`; display: Words; note?: Words }
  /** A chat in WhatsApp (a wa.me address opens it); `display` is the number. */
  | { kind: 'whatsapp'; href: `https://wa.me/${string}`; display: string; note?: Words }
  | { kind: 'website'; href: `https://${string}`; display: string; note?: Words };

/**
 * Who published the page a line was checked on: a government, the service itself, the press,
 * or someone else (a charity that lists it). Only the first two count as a check.
 */
export type SourceKind = 'government' | 'service' | 'news' | 'other';

export interface Source {
  /** The address as people read it (a site, a path). */
  display: string;
  href: `https://${string}`;
  kind: SourceKind;
  /** What the page is, or what it was used for (the hours, the number). */
  note?: Words;
}

export interface Helpline {
  id: string;
  country: CountryCode;
  /** Where in the country it answers, when not all of it (a province, a nation). */
  area?: Words;
  service: string;
  /** The language of the service's name, for screen readers (English unless said). */
  serviceLang?: 'es';
  /** Who runs it, hours (honestly: not "24/7" unless a source says so), cost, what to ask for. */
  about: Words;
  contacts: Contact[];
  sources: Source[];
  /** The day the line was last checked against its sources (ISO date). */
  checked: string;
}

export interface EmergencyNumber {
  number: string;
  href: `tel:${string}`;
  /** Who answers (police, every emergency service…). */
  what: Words;
  note?: Words;
}

export interface Country {
  name: Words;
  /** For immediate danger, first on the screen when this country is chosen. */
  emergency: EmergencyNumber[];
}

const EMERGENCY_ALL: Words = { en: 'Police, ambulance, fire', es: 'Policía, ambulancia, bomberos' };

export const COUNTRIES: Record<CountryCode, Country> = {
  US: { name: { en: 'United States', es: 'Estados Unidos' }, emergency: [{ number: '911', href: 'tel:911', what: EMERGENCY_ALL }] },
  CA: { name: { en: 'Canada', es: 'Canadá' }, emergency: [{ number: '911', href: 'tel:911', what: EMERGENCY_ALL }] },
  MX: { name: { en: 'Mexico', es: 'México' }, emergency: [{ number: '911', href: 'tel:911', what: EMERGENCY_ALL }] },
  GB: { name: { en: 'United Kingdom', es: 'Reino Unido' }, emergency: [{ number: '999', href: 'tel:999', what: EMERGENCY_ALL }] },
  IE: { name: { en: 'Ireland', es: 'Irlanda' }, emergency: [{ number: '112', href: 'tel:112', what: EMERGENCY_ALL }] },
  ES: { name: { en: 'Spain', es: 'España' }, emergency: [{ number: '112', href: 'tel:112', what: EMERGENCY_ALL }] },
  CO: { name: { en: 'Colombia', es: 'Colombia' }, emergency: [{ number: '123', href: 'tel:123', what: EMERGENCY_ALL }] },
  CL: {
    name: { en: 'Chile', es: 'Chile' },
    emergency: [{ number: '133', href: 'tel:133', what: { en: 'Police (Carabineros), day and night', es: 'Policía (Carabineros), de día y de noche' } }],
  },
  AU: { name: { en: 'Australia', es: 'Australia' }, emergency: [{ number: '000', href: 'tel:000', what: EMERGENCY_ALL }] },
  NZ: {
    name: { en: 'New Zealand', es: 'Nueva Zelanda' },
    emergency: [
      {
        number: '111',
        href: 'tel:111',
        what: EMERGENCY_ALL,
        note: {
          en: 'if you cannot talk: stay silent, and on a mobile press 55 when the message asks',
          es: 'si no puedes hablar: no digas nada y, desde un móvil, marca 55 cuando el mensaje te lo pida',
        },
      },
    ],
  },
};

/** The day the lines added for issue #20 were re-checked. */
const CHECKED_2026_12 = '2026-12-01';
/** The day the first four countries' lines were checked. */
const CHECKED_2026_11 = '2026-11-24';

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
        kind: 'government',
      },
    ],
    checked: CHECKED_2026_11,
  },
  {
    id: 'ca-ab-family-violence-info-line',
    country: 'CA',
    area: { en: 'Alberta', es: 'Alberta' },
    service: 'Family Violence Info Line',
    about: {
      en: 'Run by the Government of Alberta. Open 24/7, in more than 170 languages, by call or text (standard text rates). It works only from a phone in Alberta.',
      es: 'Del Gobierno de Alberta. Abierta las 24 horas, en más de 170 idiomas, por llamada o SMS (al precio normal de un SMS). Solo funciona desde un teléfono en Alberta.',
    },
    contacts: [
      { kind: 'call', href: 'tel:3101818', display: '310-1818' },
      { kind: 'text', href: 'sms:3101818', display: { en: '310-1818', es: '310-1818' } },
    ],
    sources: [
      { display: 'alberta.ca', href: 'https://alberta.ca/family-violence-how-help', kind: 'government', note: { en: 'how to help', es: 'cómo ayudar' } },
      { display: 'alberta.ca', note: { en: 'Family Violence Prevention Month', es: 'mes de prevención de la violencia familiar' }, href: 'https://www.alberta.ca/release.cfm?xID=8492004BE91D6-04CD-E416-524BF9B9C42C8695', kind: 'government' },
    ],
    checked: CHECKED_2026_12,
  },
  {
    id: 'ca-bc-victimlinkbc',
    country: 'CA',
    area: { en: 'British Columbia and Yukon', es: 'Columbia Británica y Yukón' },
    service: 'VictimLinkBC',
    about: {
      en: 'Toll-free and confidential, open 24/7, in more than 110 languages. Crisis support for family and sexual violence, and where to find help nearby.',
      es: 'Gratuita y confidencial, abierta las 24 horas, en más de 110 idiomas. Apoyo en crisis por violencia familiar o sexual, y dónde encontrar ayuda cerca.',
    },
    contacts: [{ kind: 'call', href: 'tel:18005630808', display: '1-800-563-0808' }],
    sources: [
      {
        display: 'gov.bc.ca',
        note: { en: 'victim services', es: 'servicios a víctimas' },
        href: 'https://www2.gov.bc.ca/gov/content/justice/criminal-justice/bcs-criminal-justice-system/understanding-criminal-justice/key-parts/victim-services',
        kind: 'government',
      },
    ],
    checked: CHECKED_2026_12,
  },
  {
    id: 'ca-mb-family-violence-line',
    country: 'CA',
    area: { en: 'Manitoba', es: 'Manitoba' },
    service: 'Manitoba family violence line',
    about: {
      en: 'From the Government of Manitoba’s Gender-Based Violence Program, for anyone in an abusive relationship or who knows someone who may be. Toll-free; you can also text. The province’s page does not give its hours.',
      es: 'Del programa contra la violencia de género del Gobierno de Manitoba, para quien vive una relación de maltrato o conoce a alguien que quizá la vive. Gratuita; también por SMS. La página de la provincia no indica el horario.',
    },
    contacts: [
      { kind: 'call', href: 'tel:18779770007', display: '1-877-977-0007' },
      { kind: 'text', href: 'sms:2047925302', display: { en: '204-792-5302', es: '204-792-5302' } },
      { kind: 'text', href: 'sms:2048056682', display: { en: '204-805-6682', es: '204-805-6682' } },
    ],
    sources: [{ display: 'manitoba.ca', href: 'https://www.manitoba.ca/msw/fvpp/about.html', kind: 'government', note: { en: 'Gender-Based Violence Program', es: 'programa contra la violencia de género' } }],
    checked: CHECKED_2026_12,
  },
  {
    id: 'mx-linea-de-las-mujeres',
    serviceLang: 'es',
    country: 'MX',
    service: 'Línea de las Mujeres (079, opción 1)',
    about: {
      en: 'The federal Women’s Ministry (Secretaría de las Mujeres): legal advice and emotional support. Call 079 and choose option 1. Free; the ministry says it answers 24 hours a day, every day.',
      es: 'De la Secretaría de las Mujeres del Gobierno de México: asesoría jurídica y atención psicoemocional. Llama al 079 y elige la opción 1. Gratuita; la Secretaría dice que atiende las 24 horas, todos los días.',
    },
    contacts: [{ kind: 'call', href: 'tel:079', display: '079', note: { en: 'then option 1', es: 'y después la opción 1' } }],
    sources: [
      { display: 'informegobierno.gob.mx', href: 'https://www.informegobierno.gob.mx/indice/i-tiempo-de-mujeres', kind: 'government' },
      { display: 'jornada.com.mx', href: 'https://www.jornada.com.mx/2025/11/05/sociedad/039n2soc', kind: 'news', note: { en: '5 Nov 2025, for the hours', es: '5 nov. 2025, para el horario' } },
    ],
    checked: CHECKED_2026_12,
  },
  {
    id: 'gb-ndah',
    country: 'GB',
    area: { en: 'England', es: 'Inglaterra' },
    service: 'National Domestic Abuse Helpline',
    about: {
      en: 'Run by Refuge; open 24/7 and free. You can ask for a safe time to be called back.',
      es: 'La gestiona Refuge; abierta las 24 horas y gratuita. Puedes pedir que te llamen a una hora segura.',
    },
    contacts: [
      { kind: 'call', href: 'tel:08082000247', display: '0808 2000 247' },
      { kind: 'website', href: 'https://nationaldahelpline.org.uk', display: 'nationaldahelpline.org.uk' },
    ],
    sources: [{ display: 'refuge.org.uk/news', href: 'https://refuge.org.uk/news', kind: 'service', note: { en: 'Refuge’s press releases', es: 'notas de prensa de Refuge' } }],
    checked: CHECKED_2026_11,
  },
  {
    id: 'gb-mens-advice-line',
    country: 'GB',
    service: 'Men’s Advice Line',
    about: {
      en: 'A helpline for men, run by the charity Respect.',
      es: 'Una línea de ayuda para hombres, de la organización Respect.',
    },
    contacts: [{ kind: 'call', href: 'tel:08088010327', display: '0808 801 0327' }],
    sources: [
      { display: 'respect.org.uk', href: 'https://respect.org.uk/articles/135-men-s-advice-line-staff-reflect-on-the-helpline-s-adaptation-to-covid-19', kind: 'service' },
      { display: 'wired-gov.net', note: { en: 'Scottish Government release, 2010, for the number', es: 'comunicado del Gobierno de Escocia, 2010, para el número' }, href: 'https://www.wired-gov.net/wg/wg-news-1.nsf/print/Help+for+men+abused+by+partners+29042010090404', kind: 'government' },
      { display: 'centre56.org.uk/domestic-abuse', href: 'https://centre56.org.uk/domestic-abuse', kind: 'other' },
    ],
    checked: CHECKED_2026_12,
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
    sources: [
      { display: 'iow.gov.uk', note: { en: 'Isle of Wight Council', es: 'Consejo de la Isla de Wight' }, href: 'https://www.iow.gov.uk/housing-and-adult-social-care/adult-social-care/adult-safeguarding/immediate-danger/', kind: 'government' },
      { display: 'centre56.org.uk/domestic-abuse', href: 'https://centre56.org.uk/domestic-abuse', kind: 'other' },
    ],
    checked: CHECKED_2026_12,
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
      { display: 'womensaid.ie', href: 'https://womensaid.ie', kind: 'service', note: { en: '2016 press release', es: 'nota de prensa de 2016' } },
      { display: 'irishtimes.com', href: 'https://irishtimes.com', kind: 'news' },
    ],
    checked: CHECKED_2026_11,
  },
  {
    id: 'es-016',
    serviceLang: 'es',
    country: 'ES',
    service: '016',
    about: {
      en: 'The Government’s line (Ministry of Equality) for every form of violence against women: information, legal advice and, when it cannot wait, a psychologist or social worker. Free; the ministry says it answers 24 hours a day, in 53 languages, and the call does not show on the phone bill. Also by WhatsApp (messages only, no calls), by text phone, or by email to 016-online@igualdad.gob.es.',
      es: 'El servicio del Gobierno (Ministerio de Igualdad) para toda forma de violencia contra las mujeres: información, asesoramiento jurídico y, si no puede esperar, atención psicológica o social. Gratuito; el Ministerio dice que atiende las 24 horas, en 53 idiomas, y que la llamada no aparece en la factura. También por WhatsApp (solo mensajes, no llamadas), por teléfono de texto o por correo a 016-online@igualdad.gob.es.',
    },
    contacts: [
      { kind: 'call', href: 'tel:016', display: '016' },
      { kind: 'whatsapp', href: 'https://wa.me/34600000016', display: '600 000 016' },
      { kind: 'tty', href: 'tel:900116016', display: '900 116 016' },
    ],
    sources: [
      { display: 'mugardos.gal', note: { en: 'Mugardos town council, passing on the Government Delegation against Gender Violence', es: 'Concello de Mugardos, con la información de la Delegación del Gobierno contra la Violencia de Género' }, href: 'https://mugardos.gal/a-delegacion-do-goberno-contra-a-violencia-de-xenero-informa/', kind: 'government' },
      { display: 'elmirondesoria.es', note: { en: '24 Aug 2025, for the hours', es: '24 ago. 2025, para el horario' }, href: 'https://elmirondesoria.es/nacional/politica/el-servicio-016-recibe-59-317-consultas-de-enero-a-junio', kind: 'news' },
    ],
    checked: CHECKED_2026_12,
  },
  {
    id: 'co-linea-155',
    serviceLang: 'es',
    country: 'CO',
    service: 'Línea 155',
    about: {
      en: 'Guidance for women facing violence, answered by the National Police. Free and confidential, nationwide, from any phone company; the Government says it answers 24/7. In danger, call 123.',
      es: 'Orientación para mujeres que viven violencia, atendida por la Policía Nacional. Gratuita y confidencial, en todo el país y desde cualquier operador; el Gobierno dice que atiende las 24 horas. En peligro, llama al 123.',
    },
    contacts: [{ kind: 'call', href: 'tel:155', display: '155' }],
    sources: [
      { display: 'policia.gov.co', href: 'https://oas.policia.gov.co/index.php/noticia/una-llamada-tiempo-puede-marcar-diferencia-linea-155-orientacion-mujeres-victimas-violencia', kind: 'government' },
      { display: 'presidencia.gov.co', note: { en: '2014', es: '2014' }, href: 'https://wp.presidencia.gov.co/Noticias/2014/Noviembre/Paginas/20141124_01-Llamadas-que-salvan-vidas.aspx', kind: 'government' },
      { display: 'seguimiento.co', note: { en: 'for the hours', es: 'para el horario' }, href: 'https://www.seguimiento.co/node/51966', kind: 'news' },
    ],
    checked: CHECKED_2026_12,
  },
  {
    id: 'cl-fono-1455',
    serviceLang: 'es',
    country: 'CL',
    service: 'Fono 1455 (SernamEG)',
    about: {
      en: 'Information and support from the Ministry of Women, for women and for anyone who sees violence. Free. Not 24/7 any more: Monday to Friday (not on public holidays), 08:00 to midnight. At other times, in danger, call the police on 133, which answers day and night.',
      es: 'Información y apoyo del Ministerio de la Mujer, para mujeres y para quien sea testigo de violencia. Gratuito. Ya no atiende las 24 horas: de lunes a viernes (no los festivos), de 08:00 a 00:00. Fuera de ese horario, en peligro, llama a Carabineros al 133, que atiende de día y de noche.',
    },
    contacts: [{ kind: 'call', href: 'tel:1455', display: '1455' }],
    sources: [{ display: 'minmujeryeg.gob.cl', note: { en: 'violence against women', es: 'violencia contra las mujeres' }, href: 'https://minmujeryeg.gob.cl/?page_id=4023', kind: 'government' }],
    checked: CHECKED_2026_12,
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
      { display: 'plan4womenssafety.dss.gov.au', href: 'https://plan4womenssafety.dss.gov.au/initiatives/1800respect', kind: 'government' },
      { display: '1800respect.org.au', href: 'https://1800respect.org.au', kind: 'service' },
    ],
    checked: CHECKED_2026_11,
  },
  {
    id: 'nz-womens-refuge',
    country: 'NZ',
    service: 'Women’s Refuge crisis line (0800 REFUGE)',
    about: {
      en: 'Free from any phone, 24 hours a day, every day; it puts you through to the refuge in your region. You can also chat with an advocate on its website.',
      es: 'Gratuita desde cualquier teléfono, las 24 horas, todos los días; te pasa con el refugio de tu región. También puedes chatear con una persona de apoyo en su web.',
    },
    contacts: [
      { kind: 'call', href: 'tel:0800733843', display: '0800 733 843' },
      { kind: 'website', href: 'https://womensrefuge.org.nz', display: 'womensrefuge.org.nz', note: { en: 'chat', es: 'chat' } },
    ],
    sources: [
      { display: 'womensrefuge.org.nz/get-help', href: 'https://womensrefuge.org.nz/get-help/', kind: 'service' },
      { display: 'govt.nz', note: { en: 'domestic and family violence', es: 'violencia doméstica y familiar' }, href: 'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/', kind: 'government' },
    ],
    checked: CHECKED_2026_12,
  },
];
