import type { Lang } from '@/core/i18n/translate';

/**
 * What the record proves, in words (issue #23): what the check on opening found, the
 * fingerprint, and what the check can and cannot show. Shared by the journal's notice, the
 * report screen and the report itself.
 */
const en = {
  // What the check on opening found (one sentence each)
  foundEndMissing: 'The record of where the journal ends had been removed.',
  foundEndUnreadable: 'The record of where the journal ends could not be opened.',
  foundEndBehind: 'An older copy of where the journal ends had been put back: it ended at version {end}, and the newest stored is version {newest}.',
  foundEndAhead: 'The journal ended at version {end}, but the newest stored is version {newest}: the latest ones are gone.',
  foundMissing: {
    one: 'Version {list} is no longer stored.',
    other: 'Versions {list} are no longer stored.',
  },
  foundMissingMore: {
    one: 'Versions {list} and {count} more are no longer stored.',
    other: 'Versions {list} and {count} more are no longer stored.',
  },
  foundBroken: 'Version {revision} does not follow the one before it.',
  foundExtra: {
    one: '{count} entry had been added that the journal did not know of.',
    other: '{count} entries had been added that the journal did not know of.',
  },
  foundGone: {
    one: '{count} entry the journal listed is no longer stored.',
    other: '{count} entries the journal listed are no longer stored.',
  },
  // The notice on the journal's screen
  noticeTitle: 'Something in this journal changed while it was closed',
  noticeSaved: 'Nothing was deleted or put right in secret. What was found is now written into the record with today’s date, and your report will show it. Saving goes on safely.',
  noticeNotSaved: 'It could not be written into the record just now; the journal will check again next time it opens.',
  noticeWho: 'If this was not you, someone may have reached this browser’s stored data.',
  // The fingerprint
  fingerprintHeading: 'A fingerprint of your record',
  fingerprintIntro: 'Write this down somewhere safe, or tell it to someone you trust. Later, anyone can check that your record had already reached this point today.',
  fingerprintNow: 'Your record now: {fingerprint}',
  fingerprintEmpty: 'Your record has no entries yet, so it has no fingerprint.',
  fingerprintCheckLabel: 'Check a fingerprint you noted',
  fingerprintCheck: 'Check',
  fingerprintChecking: 'Checking…',
  fingerprintFound: 'This fingerprint is part of your record: it had already reached version {seq} on {date}.',
  fingerprintNotFound: 'This fingerprint is not part of this record. Either the record was changed or put back to an earlier state after you noted it, or it is another record’s.',
  fingerprintMistyped: 'This does not read as a fingerprint: a digit may be missing or mistyped. Please check it and try again.',
  fingerprintFailed: 'The record could not be read just now; nothing was changed. Please try again.',
  // What the check shows and cannot show
  provesHeading: 'What this can prove',
  provesShows: 'The check shows that every version is as it was saved, in the order it was saved, and that the record ends where Haven last wrote it, or else what Haven found and when. A fingerprint noted earlier that is still part of the record shows it had already reached that point then.',
  provesCannot: 'It cannot show that nothing was removed before a fingerprint was given out, that this computer’s clock was right, or that a copy added from a backup was dated truly.',
  notInRecord: 'The safety plan and reminders are working notes you change as you go: they are not part of this record or its check.',
  // Versions added from a backup copy
  importedFrom: 'Added from a copy on {date} (the copy’s last hash begins {copy}).',
  backdated: 'The copy dates it before this entry was first written on this device.',
  foundOn: 'Found on {date}. It happened after {after}, when the journal was last saved before.',
  foundOnFirst: 'Found on {date}.',
  noticeAfter: 'This happened after {date}, when the journal was last saved.',
};

export type Strings = typeof en;

const es: Strings = {
  foundEndMissing: 'Se había quitado el registro de dónde termina el diario.',
  foundEndUnreadable: 'No se pudo abrir el registro de dónde termina el diario.',
  foundEndBehind: 'Se había vuelto a poner una copia antigua de dónde termina el diario: terminaba en la versión {end}, y la más reciente guardada es la {newest}.',
  foundEndAhead: 'El diario terminaba en la versión {end}, pero la más reciente guardada es la {newest}: faltan las últimas.',
  foundMissing: {
    one: 'La versión {list} ya no está guardada.',
    other: 'Las versiones {list} ya no están guardadas.',
  },
  foundMissingMore: {
    one: 'Las versiones {list} y {count} más ya no están guardadas.',
    other: 'Las versiones {list} y {count} más ya no están guardadas.',
  },
  foundBroken: 'La versión {revision} no sigue a la anterior.',
  foundExtra: {
    one: 'Se había añadido {count} entrada que el diario no conocía.',
    other: 'Se habían añadido {count} entradas que el diario no conocía.',
  },
  foundGone: {
    one: '{count} entrada que el diario tenía en su lista ya no está guardada.',
    other: '{count} entradas que el diario tenía en su lista ya no están guardadas.',
  },
  noticeTitle: 'Algo cambió en este diario mientras estaba cerrado',
  noticeSaved: 'No se ha borrado ni arreglado nada a escondidas. Lo encontrado queda escrito en el registro con la fecha de hoy, y tu informe lo mostrará. Puedes seguir guardando con seguridad.',
  noticeNotSaved: 'Ahora mismo no se ha podido escribir en el registro; el diario lo comprobará otra vez la próxima vez que se abra.',
  noticeWho: 'Si no fuiste tú, puede que alguien haya llegado a los datos guardados de este navegador.',
  fingerprintHeading: 'Una huella de tu registro',
  fingerprintIntro: 'Apúntala en un sitio seguro o díselo a alguien de confianza. Más adelante, cualquiera podrá comprobar que tu registro ya había llegado hasta aquí hoy.',
  fingerprintNow: 'Tu registro ahora: {fingerprint}',
  fingerprintEmpty: 'Tu registro aún no tiene entradas, así que no tiene huella.',
  fingerprintCheckLabel: 'Comprobar una huella que apuntaste',
  fingerprintCheck: 'Comprobar',
  fingerprintChecking: 'Comprobando…',
  fingerprintFound: 'Esta huella es parte de tu registro: ya había llegado a la versión {seq} el {date}.',
  fingerprintNotFound: 'Esta huella no es parte de este registro. O el registro se cambió o se devolvió a un estado anterior después de que la apuntaras, o es de otro registro.',
  fingerprintMistyped: 'Esto no parece una huella: puede que falte un dígito o que haya uno mal escrito. Revísala y vuelve a intentarlo.',
  fingerprintFailed: 'Ahora mismo no se ha podido leer el registro; no se ha cambiado nada. Vuelve a intentarlo.',
  provesHeading: 'Lo que esto puede probar',
  provesShows: 'La comprobación muestra que cada versión está tal como se guardó, en el orden en que se guardó, y que el registro termina donde Haven escribió por última vez, o si no, qué encontró Haven y cuándo. Una huella apuntada antes que sigue siendo parte del registro muestra que ya había llegado hasta ahí entonces.',
  provesCannot: 'No puede mostrar que no se quitó nada antes de dar una huella, que el reloj de este ordenador estaba bien, ni que una copia añadida desde una copia de seguridad tenía la fecha verdadera.',
  notInRecord: 'El plan de seguridad y los recordatorios son notas de trabajo que vas cambiando: no son parte de este registro ni de su comprobación.',
  importedFrom: 'Añadida desde una copia el {date} (el último hash de la copia empieza por {copy}).',
  backdated: 'La copia le pone una fecha anterior a la primera vez que se escribió esta entrada en este dispositivo.',
  foundOn: 'Encontrado el {date}. Pasó después del {after}, la última vez que se guardó el diario antes.',
  foundOnFirst: 'Encontrado el {date}.',
  noticeAfter: 'Esto pasó después del {date}, la última vez que se guardó el diario.',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
