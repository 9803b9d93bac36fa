import type { Lang } from '@/core/i18n/translate';

/**
 * The safety plan's words, and its checklist in each language. Section and item ids are what is
 * stored (encrypted) as ticked, so they are the same in every language (model.test.ts checks).
 */
const en = {
  title: 'Safety plan',
  intro: 'Small, quiet steps. Tick what is ready; nothing here is seen without your passphrase.',
  openFailed: 'The saved plan could not be opened. It is kept as it is; nothing was changed.',
  notes: 'Notes (where things are hidden, numbers, the code word)',
  readyTitle: 'Ready to leave',
  readyCount: '{done} of {total} ready.',
  allReady: 'Everything on this list is ready. Trust yourself to choose the moment.',
  sections: [
    { id: 'money', title: 'Money', items: [
      { id: 'own-account', label: 'An account in my name only, at a bank they do not use' },
      { id: 'cash', label: 'Some cash set aside somewhere safe' },
      { id: 'cards', label: 'Copies of card and account numbers' },
    ] },
    { id: 'documents', title: 'Documents', items: [
      { id: 'id', label: 'ID or passport' },
      { id: 'birth', label: 'Birth certificates (mine and my children’s)' },
      { id: 'bank', label: 'Bank and tax papers' },
      { id: 'medical', label: 'Medical records and prescriptions' },
      { id: 'immigration', label: 'Immigration or residence papers' },
    ] },
    { id: 'bag', title: 'A bag ready to go', items: [
      { id: 'clothes', label: 'Clothes for a few days' },
      { id: 'medicine', label: 'Medicines' },
      { id: 'charger', label: 'Phone charger' },
      { id: 'keys', label: 'Spare keys (house, car)' },
    ] },
    { id: 'people', title: 'Safe people', items: [
      { id: 'trusted', label: 'One person who knows and can help' },
      { id: 'code-word', label: 'A code word agreed with them, meaning “I need help now”' },
      { id: 'numbers', label: 'Their numbers written down, not only in my phone' },
    ] },
    { id: 'place', title: 'Where to go', items: [
      { id: 'somewhere', label: 'A place I can go, day or night' },
      { id: 'route', label: 'How I would get there' },
    ] },
    { id: 'family', title: 'Children and pets', items: [
      { id: 'children', label: 'A plan for the children (school, what they need)' },
      { id: 'pets', label: 'Somewhere for the pets to stay' },
    ] },
    { id: 'take', title: 'What to take from home', items: [
      { id: 'valuables', label: 'Things that matter to me (photos, keepsakes)' },
      { id: 'evidence', label: 'Anything that documents what happened' },
    ] },
  ],
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
  sections: [
    { id: 'money', title: 'Dinero', items: [
      { id: 'own-account', label: 'Una cuenta solo a mi nombre, en un banco que la otra persona no use' },
      { id: 'cash', label: 'Algo de dinero en efectivo guardado en un lugar seguro' },
      { id: 'cards', label: 'Copias de los números de tarjetas y cuentas' },
    ] },
    { id: 'documents', title: 'Documentos', items: [
      { id: 'id', label: 'Documento de identidad o pasaporte' },
      { id: 'birth', label: 'Partidas de nacimiento (la mía y las de mis hijos)' },
      { id: 'bank', label: 'Papeles del banco y de impuestos' },
      { id: 'medical', label: 'Historial médico y recetas' },
      { id: 'immigration', label: 'Papeles de inmigración o de residencia' },
    ] },
    { id: 'bag', title: 'Una bolsa preparada', items: [
      { id: 'clothes', label: 'Ropa para unos días' },
      { id: 'medicine', label: 'Medicamentos' },
      { id: 'charger', label: 'Cargador del teléfono' },
      { id: 'keys', label: 'Llaves de repuesto (casa, coche)' },
    ] },
    { id: 'people', title: 'Personas de confianza', items: [
      { id: 'trusted', label: 'Una persona que lo sepa y pueda ayudar' },
      { id: 'code-word', label: 'Una palabra clave acordada con esa persona que signifique «necesito ayuda ya»' },
      { id: 'numbers', label: 'Sus números apuntados en papel, no solo en mi teléfono' },
    ] },
    { id: 'place', title: 'Adónde ir', items: [
      { id: 'somewhere', label: 'Un lugar al que pueda ir, de día o de noche' },
      { id: 'route', label: 'Cómo llegaría hasta allí' },
    ] },
    { id: 'family', title: 'Hijos y mascotas', items: [
      { id: 'children', label: 'Un plan para los hijos (el colegio, lo que necesitan)' },
      { id: 'pets', label: 'Un sitio donde puedan quedarse las mascotas' },
    ] },
    { id: 'take', title: 'Qué llevarme de casa', items: [
      { id: 'valuables', label: 'Cosas que me importan (fotos, recuerdos)' },
      { id: 'evidence', label: 'Todo lo que documente lo que pasó' },
    ] },
  ],
};

export const STRINGS: Record<Lang, Strings> = { en, es };
