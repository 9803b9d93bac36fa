import type { Lang } from '@/core/i18n/translate';
import type { RejectionReason } from '@/core/backup/read';

/** Back up or restore: saving a copy, choosing a file, adding from a copy. */
const en = {
  title: 'Back up or restore',
  whatToDo: 'What to do',
  saveCopy: 'Save a copy',
  addFromCopy: 'Add from a copy',
  cancel: 'Cancel',

  // What the browser keeps of a saved file
  downloadsShows: 'Your browser’s downloads list will show this file by its name (it looks like a calculator’s saved memory). Keep the file somewhere only you can reach, such as a USB stick, then remove it from the list:',
  downloadsChrome: 'Chrome, Edge: open the downloads list (Ctrl+J, or Downloads in the ⋮ menu) and choose the × beside the file.',
  downloadsFirefox: 'Firefox: open the downloads list (Ctrl+Shift+Y, or Downloads in the ☰ menu), right-click the file and choose “Remove From History”.',
  downloadsKeepsFile: 'Removing it from the list does not delete the file itself.',

  // Saving a copy
  exportIntro: 'One file with everything you wrote: every entry and its history, the files kept with them, the draft, the safety plan, reminders and settings. It is locked with a passphrase; without it the file cannot be read.',
  yourPassphrase: 'Your passphrase',
  separatePassphrase: 'Lock the copy with a different passphrase',
  copyPassphrase: 'Passphrase for the copy',
  copyPassphraseAgain: 'Type the passphrase for the copy again',
  copyCannotRecover: 'It cannot be recovered: without it, the copy cannot be opened.',
  typePassphraseFirst: 'Type your passphrase first.',
  wrongPassphrase: 'That passphrase is not right. Nothing was saved.',
  saving: 'Saving…',
  saveFile: 'Save the file',
  savedCopy: {
    one: 'Saved {count} entry and everything else you wrote as “{name}” ({size}).',
    other: 'Saved {count} entries and everything else you wrote as “{name}” ({size}).',
  },
  savedFiles: {
    one: 'It holds {count} attached file ({size}), exactly as it was added.',
    other: 'It holds {count} attached files ({size}), exactly as they were added.',
  },
  filesLeftOut: {
    one: '{count} attached file is not on this device as it was added, so the copy has only its details (name, size, fingerprint).',
    other: '{count} attached files are not on this device as they were added, so the copy has only their details (name, size, fingerprint).',
  },
  leftOut: {
    one: '{count} saved item could not be opened and is not in the copy; it stays here as it is.',
    other: '{count} saved items could not be opened and are not in the copy; they stay here as they are.',
  },
  bytes: '{size} bytes',
  kilobytes: '{size} KB',
  megabytes: '{size} MB',

  // Choosing a file
  firefoxPopup: 'In Firefox, choosing a file closes this small window before the file arrives. Open this page in a tab instead, unlock it there the same way, and come back here; or drop the file onto this box.',
  openInTab: 'Open in a tab',
  chooseFile: 'Choose the file',
  orDrop: 'Or drop the file here.',
  chosen: 'Chosen: {name}',

  // Adding from a copy
  chooseFileFirst: 'Choose the file first.',
  typeCopyPassphraseFirst: 'Type the passphrase of the copy first.',
  passphraseOfCopy: 'Passphrase of the copy',
  passphraseOfCopyHint: 'The one it was saved with.',
  opening: 'Opening…',
  openCopy: 'Open the copy',
  stoppedPartway: '{problem} Anything added before this stopped is complete; adding the copy again later adds only the rest.',
  adding: 'Adding…',
  addToJournal: 'Add to my journal',
  nothingAdded: 'Everything in the copy was already here, so nothing was added.',
  addedVersions: { one: 'Added {count} version of entries.', other: 'Added {count} versions of entries.' },
  addedFiles: { one: 'Added {count} attached file.', other: 'Added {count} attached files.' },
  addingFiles: 'Adding attached files: {done} of {total}.',
  noEntriesNeeded: 'No entries needed adding.',
  restAdded: 'The rest of the copy was added as shown.',
  nothingChangedHere: 'Nothing that was here before has changed.',

  // What the copy would add
  previewTitle: 'What the copy holds',
  holds: { one: '{count} entry.', other: '{count} entries.' },
  holdsBetween: { one: '{count} entry, written between {from} and {to}.', other: '{count} entries, written between {from} and {to}.' },
  previewNew: { one: '{count} entry is new and will be added.', other: '{count} entries are new and will be added.' },
  previewIdentical: { one: '{count} entry is already here, exactly the same.', other: '{count} entries are already here, exactly the same.' },
  previewConflicting: {
    one: '{count} entry is here but different. Both versions will be kept in the entry’s history; the most recently written one is shown.',
    other: '{count} entries are here but different. Both versions will be kept in the entry’s history; the most recently written one is shown.',
  },
  previewSkipped: {
    one: '{count} entry here could not be opened, so it is left exactly as it is.',
    other: '{count} entries here could not be opened, so they are left exactly as they are.',
  },
  previewFiles: {
    one: '{count} attached file ({size}) will be added, exactly as it was saved.',
    other: '{count} attached files ({size}) will be added, exactly as they were saved.',
  },
  previewFilesMissing: {
    one: '{count} attached file is not in the copy (it was not on the device it was saved from); its details are kept.',
    other: '{count} attached files are not in the copy (they were not on the device it was saved from); their details are kept.',
  },
  planAdded: 'Its safety plan will be added.',
  planMerged: 'What is new in its safety plan will be added to yours; nothing of yours is removed.',
  planKept: 'Your safety plan here could not be opened, so it is left exactly as it is.',
  remindersAdded: 'Its reminders will be added.',
  remindersMerged: 'What is new in its reminders will be added to yours; nothing of yours is removed.',
  remindersKept: 'Your reminders here could not be opened, so it is left exactly as it is.',
  draftAdded: 'Its unfinished entry will become your draft.',
  draftKept: 'It has an unfinished entry, but you have one here already, so yours stays and the copy’s is not added.',
  settingsNotUsed: 'Settings in the copy are not used: this device keeps its own.',
  nothingToAdd: 'No entries need adding: they are all here already.',

  // Why a file was not added (core/backup/read.ts gives the reason)
  rejections: {
    empty: 'This file is empty.',
    'too-big': 'This file is larger than {gb} GB, which is far more than a saved copy can be, so it was not opened.',
    'not-ours': 'This file was not saved by this app, so there is nothing in it to add.',
    'newer-file': 'This file was saved by a newer version of this app. Update the app, then try again.',
    damaged: 'This file is damaged or incomplete (perhaps it was cut short or changed), so it cannot be read.',
    'wrong-passphrase': 'That passphrase does not open this file (or the file was changed since it was saved). Check the passphrase you used when you saved it.',
    'bad-contents': 'This file opened, but what is inside is not as expected, so none of it was added.',
    'newer-entries': 'This file holds notes from a newer version of this app. Update the app, then try again.',
    'duplicate-ids': 'This file lists the same note twice, which a saved copy never does, so none of it was added.',
    'from-the-future': 'This file has notes dated after today, which a saved copy cannot have, so none of it was added.',
  } satisfies Record<RejectionReason, string>,
  checksumDiffers: 'its checksum does not match',
  entryNotUpdated: 'entries → {index}: could not be brought up to date',
  nothingChanged: 'Nothing was changed.',
};

export type Strings = typeof en;

const es: Strings = {
  title: 'Copia de seguridad',
  whatToDo: 'Qué quieres hacer',
  saveCopy: 'Guardar una copia',
  addFromCopy: 'Añadir desde una copia',
  cancel: 'Cancelar',

  downloadsShows: 'La lista de descargas de tu navegador mostrará este archivo por su nombre (parece la memoria guardada de una calculadora). Guarda el archivo en un sitio al que solo tú llegues, como una memoria USB, y después quítalo de la lista:',
  downloadsChrome: 'Chrome, Edge: abre la lista de descargas (Ctrl+J, o Descargas en el menú ⋮) y elige la × junto al archivo.',
  downloadsFirefox: 'Firefox: abre la lista de descargas (Ctrl+Mayús+Y, o Descargas en el menú ☰), haz clic derecho en el archivo y elige «Eliminar del historial».',
  downloadsKeepsFile: 'Quitarlo de la lista no borra el archivo.',

  exportIntro: 'Un solo archivo con todo lo que has escrito: cada entrada y su historial, los archivos guardados con ellas, el borrador, el plan de seguridad, los recordatorios y los ajustes. Está protegido con una frase de contraseña; sin ella, nadie puede leer el archivo.',
  yourPassphrase: 'Tu frase de contraseña',
  separatePassphrase: 'Proteger la copia con otra frase de contraseña',
  copyPassphrase: 'Frase de contraseña de la copia',
  copyPassphraseAgain: 'Escribe otra vez la frase de contraseña de la copia',
  copyCannotRecover: 'No se puede recuperar: sin ella, la copia no se puede abrir.',
  typePassphraseFirst: 'Primero escribe tu frase de contraseña.',
  wrongPassphrase: 'Esa frase de contraseña no es correcta. No se ha guardado nada.',
  saving: 'Guardando…',
  saveFile: 'Guardar el archivo',
  savedCopy: {
    one: 'Se ha guardado {count} entrada y todo lo demás que escribiste como «{name}» ({size}).',
    other: 'Se han guardado {count} entradas y todo lo demás que escribiste como «{name}» ({size}).',
  },
  savedFiles: {
    one: 'Contiene {count} archivo adjunto ({size}), exactamente como se añadió.',
    other: 'Contiene {count} archivos adjuntos ({size}), exactamente como se añadieron.',
  },
  filesLeftOut: {
    one: '{count} archivo adjunto no está en este dispositivo tal como se añadió, así que la copia solo tiene sus datos (nombre, tamaño, huella).',
    other: '{count} archivos adjuntos no están en este dispositivo tal como se añadieron, así que la copia solo tiene sus datos (nombre, tamaño, huella).',
  },
  leftOut: {
    one: 'No se ha podido abrir {count} elemento guardado, así que no está en la copia; se queda aquí tal como está.',
    other: 'No se han podido abrir {count} elementos guardados, así que no están en la copia; se quedan aquí tal como están.',
  },
  bytes: '{size} bytes',
  kilobytes: '{size} KB',
  megabytes: '{size} MB',

  firefoxPopup: 'En Firefox, al elegir un archivo esta ventanita se cierra antes de que llegue el archivo. Abre esta página en una pestaña, desbloquéala allí del mismo modo y vuelve aquí; o suelta el archivo en este recuadro.',
  openInTab: 'Abrir en una pestaña',
  chooseFile: 'Elegir el archivo',
  orDrop: 'O suelta el archivo aquí.',
  chosen: 'Elegido: {name}',

  chooseFileFirst: 'Primero elige el archivo.',
  typeCopyPassphraseFirst: 'Primero escribe la frase de contraseña de la copia.',
  passphraseOfCopy: 'Frase de contraseña de la copia',
  passphraseOfCopyHint: 'La que usaste al guardarla.',
  opening: 'Abriendo…',
  openCopy: 'Abrir la copia',
  stoppedPartway: '{problem} Lo que se añadió antes de que esto se parara está completo; si vuelves a añadir la copia más tarde, solo se añade el resto.',
  adding: 'Añadiendo…',
  addToJournal: 'Añadir a mi diario',
  nothingAdded: 'Todo lo que hay en la copia ya estaba aquí, así que no se ha añadido nada.',
  addedVersions: { one: 'Se ha añadido {count} versión de entradas.', other: 'Se han añadido {count} versiones de entradas.' },
  addedFiles: { one: 'Se ha añadido {count} archivo adjunto.', other: 'Se han añadido {count} archivos adjuntos.' },
  addingFiles: 'Añadiendo archivos adjuntos: {done} de {total}.',
  noEntriesNeeded: 'No hacía falta añadir ninguna entrada.',
  restAdded: 'El resto de la copia se ha añadido como se mostraba.',
  nothingChangedHere: 'Nada de lo que ya había aquí ha cambiado.',

  previewTitle: 'Qué hay en la copia',
  holds: { one: '{count} entrada.', other: '{count} entradas.' },
  holdsBetween: { one: '{count} entrada, escrita entre el {from} y el {to}.', other: '{count} entradas, escritas entre el {from} y el {to}.' },
  previewNew: { one: '{count} entrada es nueva y se añadirá.', other: '{count} entradas son nuevas y se añadirán.' },
  previewIdentical: { one: '{count} entrada ya está aquí, exactamente igual.', other: '{count} entradas ya están aquí, exactamente iguales.' },
  previewConflicting: {
    one: '{count} entrada está aquí, pero es distinta. Las dos versiones se conservarán en el historial de la entrada; se muestra la escrita más recientemente.',
    other: '{count} entradas están aquí, pero son distintas. Las dos versiones se conservarán en el historial de cada entrada; se muestra la escrita más recientemente.',
  },
  previewSkipped: {
    one: 'No se ha podido abrir {count} entrada de aquí, así que se deja exactamente como está.',
    other: 'No se han podido abrir {count} entradas de aquí, así que se dejan exactamente como están.',
  },
  previewFiles: {
    one: 'Se añadirá {count} archivo adjunto ({size}), exactamente como se guardó.',
    other: 'Se añadirán {count} archivos adjuntos ({size}), exactamente como se guardaron.',
  },
  previewFilesMissing: {
    one: '{count} archivo adjunto no está en la copia (no estaba en el dispositivo donde se guardó); se conservan sus datos.',
    other: '{count} archivos adjuntos no están en la copia (no estaban en el dispositivo donde se guardó); se conservan sus datos.',
  },
  planAdded: 'Se añadirá su plan de seguridad.',
  planMerged: 'Lo nuevo de su plan de seguridad se añadirá al tuyo; no se quita nada de lo tuyo.',
  planKept: 'Tu plan de seguridad de aquí no se ha podido abrir, así que se deja exactamente como está.',
  remindersAdded: 'Se añadirán sus recordatorios.',
  remindersMerged: 'Lo nuevo de sus recordatorios se añadirá a los tuyos; no se quita nada de lo tuyo.',
  remindersKept: 'Tus recordatorios de aquí no se han podido abrir, así que se dejan exactamente como están.',
  draftAdded: 'Su entrada sin terminar será tu borrador.',
  draftKept: 'Tiene una entrada sin terminar, pero tú ya tienes una aquí, así que la tuya se queda y la de la copia no se añade.',
  settingsNotUsed: 'Los ajustes de la copia no se usan: este dispositivo conserva los suyos.',
  nothingToAdd: 'No hace falta añadir ninguna entrada: ya están todas aquí.',

  rejections: {
    empty: 'Este archivo está vacío.',
    'too-big': 'Este archivo ocupa más de {gb} GB, mucho más de lo que puede ocupar una copia guardada, así que no se ha abierto.',
    'not-ours': 'Este archivo no lo guardó esta aplicación, así que no hay nada en él que añadir.',
    'newer-file': 'Este archivo lo guardó una versión más nueva de esta aplicación. Actualiza la aplicación y vuelve a intentarlo.',
    damaged: 'Este archivo está dañado o incompleto (quizá se cortó o se cambió), así que no se puede leer.',
    'wrong-passphrase': 'Esa frase de contraseña no abre este archivo (o el archivo se cambió después de guardarlo). Comprueba la frase de contraseña que usaste al guardarlo.',
    'bad-contents': 'El archivo se ha abierto, pero lo que hay dentro no es lo esperado, así que no se ha añadido nada.',
    'newer-entries': 'Este archivo tiene notas de una versión más nueva de esta aplicación. Actualiza la aplicación y vuelve a intentarlo.',
    'duplicate-ids': 'Este archivo tiene la misma nota dos veces, algo que una copia guardada nunca hace, así que no se ha añadido nada.',
    'from-the-future': 'Este archivo tiene notas con fecha posterior a hoy, algo que una copia guardada no puede tener, así que no se ha añadido nada.',
  },
  checksumDiffers: 'su suma de comprobación no coincide',
  entryNotUpdated: 'entries → {index}: no se ha podido poner al día',
  nothingChanged: 'No se ha cambiado nada.',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
