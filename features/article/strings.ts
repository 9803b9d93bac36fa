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
  countryLabel: 'Country',
  countryHint: 'Haven chose this country from your browser’s language settings. If you are somewhere else, choose it here.',
  countryChosen: 'You chose this country; you can change it at any time.',
  countryUnknown: 'Your browser’s settings do not say which country you are in. Choose it here to see its helplines.',
  chooseCountry: 'Choose your country',
  emergencyWhere: 'Emergency numbers, by country:',
  helplinesTitle: 'Helplines',
  helplinesNote: 'We list only lines we have checked against a government page or the service’s own page, with the date we checked. Numbers change, so if one does not work, its website or source will have the current one. Haven does not have lines for every country yet.',
  helplinesNone: 'Choose your country above to see its helplines.',
  onlyIn: 'Only in {area}',
  call: 'Call',
  tty: 'Call by TTY (text phone)',
  text: 'Send a text',
  whatsapp: 'Write on WhatsApp',
  website: 'Website',
  numberLabel: 'Number',
  checkedOn: 'Checked {date}',
  source: 'Source',
  sourceKinds: { government: 'government', service: 'the service itself', news: 'press', other: 'other' },
  callingTitle: 'Before you call or write',
  calling: [
    'Short numbers (such as 016, 079, 155 or 1455) work only from a phone inside their own country, and only as they are written here, without a country code.',
    'A call may not show on the phone bill, but it stays in the phone’s list of recent calls. Afterwards, delete it there: in the phone app, open Recents (or History), then press and hold the call, or swipe it, and choose Delete.',
    'A WhatsApp chat stays in the chat list, and its messages stay on the phone and in WhatsApp’s backups. Afterwards, press and hold the chat and choose Delete; if you saved the number as a contact, delete the contact too.',
    'A text message stays in the messages app: delete the conversation afterwards. A WhatsApp link opens WhatsApp’s website in a new tab, which this browser’s history remembers.',
  ],
  safetyTitle: 'Using this safely',
  safety: [
    'If you can, read and call from a device the other person never uses: a friend’s phone, or a computer at work or a library.',
    'A browser keeps a history of the websites you open and a list of what you download, and anyone who uses it can look at them. The websites linked here open in a new tab and are remembered there; Haven’s own window is not.',
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
  countryLabel: 'País',
  countryHint: 'Haven eligió este país según el idioma configurado en tu navegador. Si estás en otro, elígelo aquí.',
  countryChosen: 'Elegiste este país; puedes cambiarlo cuando quieras.',
  countryUnknown: 'La configuración de tu navegador no dice en qué país estás. Elígelo aquí para ver sus líneas de ayuda.',
  chooseCountry: 'Elige tu país',
  emergencyWhere: 'Números de emergencia, por país:',
  helplinesTitle: 'Líneas de ayuda',
  helplinesNote: 'Solo mostramos líneas que hemos comprobado en una página del gobierno o del propio servicio, con la fecha de la comprobación. Los números cambian: si uno no funciona, su web o su fuente tendrán el actual. Haven todavía no tiene líneas de todos los países.',
  helplinesNone: 'Elige tu país arriba para ver sus líneas de ayuda.',
  onlyIn: 'Solo en {area}',
  call: 'Llamar',
  tty: 'Llamar por teléfono de texto',
  text: 'Enviar un SMS',
  whatsapp: 'Escribir por WhatsApp',
  website: 'Web',
  numberLabel: 'Número',
  checkedOn: 'Comprobado el {date}',
  source: 'Fuente',
  sourceKinds: { government: 'gobierno', service: 'el propio servicio', news: 'prensa', other: 'otra' },
  callingTitle: 'Antes de llamar o escribir',
  calling: [
    'Los números cortos (como el 016, el 079, el 155 o el 1455) solo funcionan desde un teléfono dentro de su propio país, y solo tal como están escritos aquí, sin prefijo de país.',
    'Puede que una llamada no aparezca en la factura, pero queda en la lista de llamadas recientes del teléfono. Después, bórrala allí: en la app de teléfono, abre Recientes (o Historial), mantén pulsada la llamada o deslízala, y elige Eliminar.',
    'Un chat de WhatsApp queda en la lista de chats, y sus mensajes quedan en el teléfono y en las copias de seguridad de WhatsApp. Después, mantén pulsado el chat y elige Eliminar; si guardaste el número como contacto, bórralo también.',
    'Un SMS queda en la app de mensajes: borra la conversación después. Un enlace de WhatsApp abre la web de WhatsApp en una pestaña nueva, que queda en el historial de este navegador.',
  ],
  safetyTitle: 'Usar esto con seguridad',
  safety: [
    'Si puedes, lee y llama desde un dispositivo que la otra persona no use nunca: el teléfono de una amistad, o una computadora del trabajo o de una biblioteca.',
    'El navegador guarda un historial de las webs que abres y una lista de lo que descargas, y cualquiera que lo use puede verlos. Las webs enlazadas aquí se abren en una pestaña nueva y quedan en ese historial; la ventana de Haven no.',
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

