import type { Lang } from '@/core/i18n/translate';

/**
 * First-run setup, the passphrase gate, and the checks of a new code and passphrase. Setup is
 * seen before anything is unlocked, so its words stay neutral in every language.
 */
const en = {
  // Setup
  welcomeTitle: 'Welcome',
  welcomeCalculator: 'This calculator works like any other. It can also keep a private space that only you can open.',
  welcomeSteps: 'You will choose a code that opens it and a passphrase that locks your notes. Take your time; it takes about a minute.',
  start: 'Start',
  notNow: 'Not now',
  codeTitle: 'Choose your code',
  codeIntro: 'To open your space, type this code on the calculator, then press =. Anyone else who types numbers just gets arithmetic.',
  code: 'Code (4 to 12 digits)',
  codeAgain: 'Type the code again',
  codeNote: 'Nobody can recover this code for you, so pick one you will remember and others will not guess.',
  continue: 'Continue',
  passphraseTitle: 'Choose a passphrase',
  passphraseIntro: 'It locks your notes on this device. A few unrelated words are strong and easy to remember.',
  passphrase: 'Passphrase',
  passphraseAgain: 'Type the passphrase again',
  cannotRecover: 'It cannot be recovered.',
  forgetNote: 'If you forget it, nobody, not even us, can open your notes.',
  chooseStronger: 'Please choose a stronger passphrase.',
  passphrasesDiffer: 'The two passphrases are not the same. Please type it again.',
  passphraseHoldsCode: 'Your passphrase may not be your code or have it inside: someone who saw you type the code would try it first.',
  settingUp: 'Setting up…',
  shortcutTitle: 'Closing in a hurry',
  press: 'Press',
  anywhere: 'anywhere in the browser',
  setShortcut: 'Set a keyboard shortcut at {place}',
  orPress: ', or press',
  escKey: 'Esc',
  escTwice: 'twice here, and everything closes at once. What you typed is kept and locked.',
  shortcutTaken: 'The usual shortcut is taken by something else in this browser, so choose another one there.',
  finish: 'Finish',
  finishedTitle: 'All set',
  finishedText: 'From now on this opens as a calculator. Type your code, then =, whenever you need your space.',
  finishedGesture: 'If this is ever emptied and you want to set it up again, press ± five times, then =. Nothing else brings this setup back.',
  done: 'Done',

  // The passphrase gate
  gateIntro: 'Your passphrase opens it for this session. It locks again when you close this window or step away.',
  gateEmpty: 'Type your passphrase first.',
  gateWrong: 'That passphrase did not open it. Nothing has changed and nothing is lost; try again whenever you are ready.',
  gateNoKeyring: 'Setup is not finished yet, so there is nothing to open.',
  opening: 'Opening…',
  open: 'Open',

  // A new code
  codeDigitsOnly: 'Use digits only (0 to 9).',
  codeTooShort: 'Use at least {min} digits.',
  codeTooLong: 'Use at most {max} digits.',
  codesDiffer: 'The two codes are not the same. Please type it again.',

  // How strong a passphrase is (zxcvbn's 0–4 score)
  strength0: 'Very easy to guess.',
  strength1: 'Easy to guess.',
  strength2: 'Could be guessed with some effort.',
  strength3: 'Strong.',
  strength4: 'Very strong.',
  strengthTooShort: 'Use at least {min} characters. A few unrelated words work well.',
  strengthTip: 'Add another word or two that are not obvious.',
};

export type Strings = typeof en;

const es: Strings = {
  welcomeTitle: 'Hola',
  welcomeCalculator: 'Esta calculadora funciona como cualquier otra. También puede guardar un espacio privado que solo tú puedes abrir.',
  welcomeSteps: 'Vas a elegir un código que lo abre y una frase de contraseña que protege tus notas. Tómate tu tiempo; se tarda más o menos un minuto.',
  start: 'Empezar',
  notNow: 'Ahora no',
  codeTitle: 'Elige tu código',
  codeIntro: 'Para abrir tu espacio, escribe este código en la calculadora y pulsa =. Si otra persona escribe números, solo verá cuentas.',
  code: 'Código (de 4 a 12 dígitos)',
  codeAgain: 'Escribe el código otra vez',
  codeNote: 'Nadie puede recuperar este código por ti, así que elige uno que vayas a recordar y que nadie más adivine.',
  continue: 'Continuar',
  passphraseTitle: 'Elige una frase de contraseña',
  passphraseIntro: 'Protege tus notas en este dispositivo. Unas cuantas palabras sin relación entre sí son seguras y fáciles de recordar.',
  passphrase: 'Frase de contraseña',
  passphraseAgain: 'Escribe la frase de contraseña otra vez',
  cannotRecover: 'No se puede recuperar.',
  forgetNote: 'Si la olvidas, nadie, ni siquiera nosotros, podrá abrir tus notas.',
  chooseStronger: 'Elige una frase de contraseña más segura, por favor.',
  passphrasesDiffer: 'Las dos frases de contraseña no coinciden. Escríbela otra vez.',
  passphraseHoldsCode: 'Tu frase de contraseña no puede ser tu código ni contenerlo: quien te viera escribir el código lo probaría primero.',
  settingUp: 'Preparando…',
  shortcutTitle: 'Cerrar con prisa',
  press: 'Pulsa',
  anywhere: 'en cualquier parte del navegador',
  setShortcut: 'Configura un atajo de teclado en {place}',
  orPress: ', o pulsa',
  escKey: 'Esc',
  escTwice: 'dos veces aquí, y todo se cierra de golpe. Lo que escribiste se guarda y queda bajo llave.',
  shortcutTaken: 'El atajo habitual ya lo usa otra cosa en este navegador, así que elige otro allí.',
  finish: 'Terminar',
  finishedTitle: 'Todo listo',
  finishedText: 'A partir de ahora, esto se abre como una calculadora. Escribe tu código y luego =, cuando necesites tu espacio.',
  finishedGesture: 'Si alguna vez se vacía y quieres volver a prepararlo, pulsa ± cinco veces y luego =. Nada más vuelve a mostrar esta preparación.',
  done: 'Hecho',

  gateIntro: 'Tu frase de contraseña lo abre durante esta sesión. Se vuelve a cerrar cuando cierras esta ventana o te alejas un rato.',
  gateEmpty: 'Escribe primero tu frase de contraseña.',
  gateWrong: 'Esa frase de contraseña no lo ha abierto. No ha cambiado nada y no se ha perdido nada; vuelve a intentarlo cuando quieras.',
  gateNoKeyring: 'La configuración aún no está terminada, así que no hay nada que abrir.',
  opening: 'Abriendo…',
  open: 'Abrir',

  codeDigitsOnly: 'Usa solo dígitos (del 0 al 9).',
  codeTooShort: 'Usa al menos {min} dígitos.',
  codeTooLong: 'Usa como máximo {max} dígitos.',
  codesDiffer: 'Los dos códigos no coinciden. Escríbelo otra vez.',

  strength0: 'Muy fácil de adivinar.',
  strength1: 'Fácil de adivinar.',
  strength2: 'Se podría adivinar con algo de esfuerzo.',
  strength3: 'Segura.',
  strength4: 'Muy segura.',
  strengthTooShort: 'Usa al menos {min} caracteres. Unas cuantas palabras sin relación entre sí funcionan bien.',
  strengthTip: 'Añade una o dos palabras más que no sean obvias.',
};

export const STRINGS: Record<Lang, Strings> = { en, es };
