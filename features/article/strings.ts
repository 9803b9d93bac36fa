import type { Lang } from '@/core/i18n/translate';

/**
 * The words of the article reader and the resources screen, in each language. The article
 * itself is in assets/content/*.md.
 */

const en = {
  // Haven's home links to the article by this name
  articleLink: 'Why leaving feels impossible',
  // The reader
  textSize: 'Text size',
  smallerText: 'Smaller text',
  largerText: 'Larger text',
  smaller: 'Smaller',
  larger: 'Larger',
  textSizeNow: 'Text size {size} %',
  contentsLabel: 'In this article',
  actionJournal: 'Write it down in your journal',
  actionSupport: 'Find a helpline or someone to talk to',
  actionLearn: 'Words from the article, explained',
  actionPlan: 'Make a safety plan',
  actionBelieve: 'Read a reminder for yourself',
  opensNewTab: '(opens in a new tab)',

  // Resources
  resourcesTitle: 'Help and resources',
  resourcesIntro: 'People who can listen, help you think things through and help you stay safe. Calling or writing to them does not mean you have to leave, or decide anything.',
  emergencyTitle: 'If you are in danger right now',
  emergencyText: 'Call the emergency number where you are.',
  helplinesTitle: 'Helplines',
  helplinesNote: 'We list only lines we have checked against a public source, with the date we checked. Numbers change, so if one does not work, its website will have the current one. Lines for other countries will follow.',
  call: 'Call',
  tty: 'Call by TTY (text phone)',
  text: 'Send a text',
  website: 'Website',
  numberLabel: 'Number',
  checkedOn: 'Checked {date}',
  source: 'Source',
  safetyTitle: 'Using this safely',
  safety: [
    'If you can, read and call from a device the other person never uses: a friend’s phone, or a computer at work or a library.',
    'A browser keeps a history of the websites you open and a list of what you download, and anyone who uses it can look at them. The websites linked here open in a new tab and are remembered there; Haven’s own window is not.',
    'Calls and text messages appear in the phone’s call and message lists, and on the phone bill.',
    'A private (incognito) window forgets its history when you close it. It does not hide anything from someone who can see the screen, or from software installed to watch the device.',
    'If you think a device is being watched, a helpline can help you plan around it.',
  ],
  glossaryTitle: 'Words from the article',
  glossaryIntro: 'What they mean, in plain words.',
  glossary: [
    {
      term: 'Trauma bond',
      text: 'A strong attachment that grows when hurt and tenderness take turns. Each kind moment feels like relief, so the bond can feel like love even while it is harming you. It is a very human reaction to a painful situation, not a weakness.',
    },
    {
      term: 'Gaslighting',
      text: 'When someone keeps telling you that what you saw, heard or felt did not happen, or that you remember it wrong, until you start to doubt your own mind. Writing things down as they happen helps you hold on to what is real.',
    },
    {
      term: 'Intermittent reinforcement (“false hope”)',
      text: 'Warmth that arrives at unpredictable moments, in between the hurt. Because you never know when the next kind word or promise to change will come, you keep waiting and hoping for it. That waiting is what keeps many people in place.',
    },
    {
      term: 'Isolation',
      text: 'Being cut off, little by little, from friends, family, work or your own money, through jealousy, guilt, rules or arguments, until the other person becomes the only one you turn to.',
    },
    {
      term: 'Coercive control',
      text: 'A pattern that takes away your freedom one piece at a time: checking where you go and who you talk to, controlling money, making rules, frightening you. There may be no hitting at all, and it still does real harm.',
    },
  ],
};

export type Strings = typeof en;

const es: Strings = {
  articleLink: 'Por qué irse parece imposible',
  textSize: 'Tamaño del texto',
  smallerText: 'Texto más pequeño',
  largerText: 'Texto más grande',
  smaller: 'Más pequeño',
  larger: 'Más grande',
  textSizeNow: 'Tamaño del texto {size} %',
  contentsLabel: 'En este artículo',
  actionJournal: 'Escríbelo en tu diario',
  actionSupport: 'Busca una línea de ayuda o con quién hablar',
  actionLearn: 'Las palabras del artículo, explicadas',
  actionPlan: 'Haz un plan de seguridad',
  actionBelieve: 'Lee un recordatorio para ti',
  opensNewTab: '(se abre en una pestaña nueva)',

  resourcesTitle: 'Ayuda y recursos',
  resourcesIntro: 'Personas que pueden escucharte, ayudarte a pensar con calma y ayudarte a estar a salvo. Llamarlas o escribirles no te obliga a irte ni a decidir nada.',
  emergencyTitle: 'Si estás en peligro ahora mismo',
  emergencyText: 'Llama al número de emergencias del lugar donde estás.',
  helplinesTitle: 'Líneas de ayuda',
  helplinesNote: 'Solo mostramos líneas que hemos comprobado en una fuente pública, con la fecha de la comprobación. Todavía no hemos comprobado las de países de habla hispana; las de abajo son de países de habla inglesa. Los números cambian: si uno no funciona, su web tendrá el actual.',
  call: 'Llamar',
  tty: 'Llamar por TTY (teléfono de texto)',
  text: 'Enviar un SMS',
  website: 'Web',
  numberLabel: 'Número',
  checkedOn: 'Comprobado el {date}',
  source: 'Fuente',
  safetyTitle: 'Usar esto con seguridad',
  safety: [
    'Si puedes, lee y llama desde un dispositivo que la otra persona no use nunca: el teléfono de una amistad, o una computadora del trabajo o de una biblioteca.',
    'El navegador guarda un historial de las webs que abres y una lista de lo que descargas, y cualquiera que lo use puede verlos. Las webs enlazadas aquí se abren en una pestaña nueva y quedan en ese historial; la ventana de Haven no.',
    'Las llamadas y los mensajes aparecen en las listas de llamadas y mensajes del teléfono, y en la factura.',
    'Una ventana privada (de incógnito) olvida su historial al cerrarla. No oculta nada a quien pueda ver la pantalla, ni a un programa instalado para vigilar el dispositivo.',
    'Si crees que alguien vigila un dispositivo, una línea de ayuda puede ayudarte a planificar teniéndolo en cuenta.',
  ],
  glossaryTitle: 'Palabras del artículo',
  glossaryIntro: 'Lo que significan, en palabras sencillas.',
  glossary: [
    {
      term: 'Vínculo traumático',
      text: 'Un apego muy fuerte que crece cuando el daño y la ternura se turnan. Cada momento amable se siente como un alivio, así que el vínculo puede parecer amor aunque te esté haciendo daño. Es una reacción muy humana ante una situación dolorosa, no una debilidad.',
    },
    {
      term: 'Luz de gas (gaslighting)',
      text: 'Cuando alguien insiste en que lo que viste, oíste o sentiste no pasó, o en que lo recuerdas mal, hasta que empiezas a dudar de tu propia mente. Escribir las cosas cuando ocurren te ayuda a sostener lo que es real.',
    },
    {
      term: 'Refuerzo intermitente («falsa esperanza»)',
      text: 'Cariño que llega en momentos imprevisibles, entre un daño y otro. Como nunca sabes cuándo llegará la próxima palabra amable o la próxima promesa de cambiar, sigues esperándola. Esa espera es lo que retiene a muchas personas.',
    },
    {
      term: 'Aislamiento',
      text: 'Quedarte poco a poco sin amistades, familia, trabajo o dinero propio, a fuerza de celos, culpa, normas o discusiones, hasta que la otra persona es la única a quien acudes.',
    },
    {
      term: 'Control coercitivo',
      text: 'Un patrón que te quita libertad pieza a pieza: vigilar adónde vas y con quién hablas, controlar el dinero, imponer normas, darte miedo. Puede que no haya ningún golpe y aun así hace un daño real.',
    },
  ],
};

export const STRINGS: Record<Lang, Strings> = { en, es };

