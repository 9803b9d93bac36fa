import type { Lang } from '@/core/i18n/translate';
import type { ItemKey, SectionId } from './checklist';

/**
 * The safety plan's words in each language. The checklist itself (its sections, items and the
 * ids stored as ticked) is in checklist.ts; here each id only gets its words, and a missing or extra
 * one is a type error.
 */
const en = {
  title: 'Safety plan',
  intro: 'Small, quiet steps. Tick what is ready; nothing here is seen without your passphrase.',
  openFailed: 'The saved plan could not be opened. It is kept as it is; nothing was changed.',
  notes: 'Notes (where things are hidden, numbers, the code word)',
  readyTitle: 'Ready to leave',
  readyCount: '{done} of {total} ready.',
  allReady: 'Everything on this list is ready. Trust yourself to choose the moment.',
  sectionTitles: {
    money: 'Money',
    documents: 'Documents',
    bag: 'A bag ready to go',
    people: 'Safe people',
    place: 'Where to go',
    family: 'Children and pets',
    take: 'What to take from home',
  } satisfies Record<SectionId, string>,
  items: {
    'money/own-account': 'An account in my name only, at a bank they do not use',
    'money/cash': 'Some cash set aside somewhere safe',
    'money/cards': 'Copies of card and account numbers',
    'documents/id': 'ID or passport',
    'documents/birth': 'Birth certificates (mine and my children’s)',
    'documents/bank': 'Bank and tax papers',
    'documents/medical': 'Medical records and prescriptions',
    'documents/immigration': 'Immigration or residence papers',
    'bag/clothes': 'Clothes for a few days',
    'bag/medicine': 'Medicines',
    'bag/charger': 'Phone charger',
    'bag/keys': 'Spare keys (house, car)',
    'people/trusted': 'One person who knows and can help',
    'people/code-word': 'A code word agreed with them, meaning “I need help now”',
    'people/numbers': 'Their numbers written down, not only in my phone',
    'place/somewhere': 'A place I can go, day or night',
    'place/route': 'How I would get there',
    'family/children': 'A plan for the children (school, what they need)',
    'family/pets': 'Somewhere for the pets to stay',
    'take/valuables': 'Things that matter to me (photos, keepsakes)',
    'take/evidence': 'Anything that documents what happened',
  } satisfies Record<ItemKey, string>,
};

export type Strings = typeof en;

const es: Strings = {
  title: 'Plan de seguridad',
  intro: 'Pasos pequeños y discretos. Marca lo que ya está listo; nadie ve nada de esto sin tu frase de contraseña.',
  openFailed: 'No se ha podido abrir el plan guardado. Se conserva tal como está; no se ha cambiado nada.',
  notes: 'Notas (dónde escondiste las cosas, números, la palabra clave)',
  readyTitle: '¿Todo listo para irte?',
  readyCount: '{done} de {total} listos.',
  allReady: 'Todo lo de esta lista está listo. Confía en ti para elegir el momento.',
  sectionTitles: {
    money: 'Dinero',
    documents: 'Documentos',
    bag: 'Una bolsa preparada',
    people: 'Personas de confianza',
    place: 'Adónde ir',
    family: 'Hijos y mascotas',
    take: 'Qué llevarme de casa',
  },
  items: {
    'money/own-account': 'Una cuenta solo a mi nombre, en un banco que la otra persona no use',
    'money/cash': 'Algo de dinero en efectivo guardado en un lugar seguro',
    'money/cards': 'Copias de los números de tarjetas y cuentas',
    'documents/id': 'Documento de identidad o pasaporte',
    'documents/birth': 'Partidas de nacimiento (la mía y las de mis hijos)',
    'documents/bank': 'Papeles del banco y de impuestos',
    'documents/medical': 'Historial médico y recetas',
    'documents/immigration': 'Papeles de inmigración o de residencia',
    'bag/clothes': 'Ropa para unos días',
    'bag/medicine': 'Medicamentos',
    'bag/charger': 'Cargador del teléfono',
    'bag/keys': 'Llaves de repuesto (casa, coche)',
    'people/trusted': 'Una persona que lo sepa y pueda ayudar',
    'people/code-word': 'Una palabra clave acordada con esa persona que signifique «necesito ayuda ya»',
    'people/numbers': 'Sus números apuntados en papel, no solo en mi teléfono',
    'place/somewhere': 'Un lugar al que pueda ir, de día o de noche',
    'place/route': 'Cómo llegaría hasta allí',
    'family/children': 'Un plan para los hijos (el colegio, lo que necesitan)',
    'family/pets': 'Un sitio donde puedan quedarse las mascotas',
    'take/valuables': 'Cosas que me importan (fotos, recuerdos)',
    'take/evidence': 'Todo lo que documente lo que pasó',
  },
};

export const STRINGS: Record<Lang, Strings> = { en, es };
