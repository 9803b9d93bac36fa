import type { Contact, Helpline, Source } from '@/assets/content/helplines';
import { fill, type Lang } from '@/core/i18n/translate';
import { onPhoneLinkClick } from './phone-link';
import type { Strings } from './strings';

/** One helpline: what it is, how to reach it, and where and when we checked it. */
export function HelplineCard({ line, lang, words }: { line: Helpline; lang: Lang; words: Strings }) {
  return (
    <li class="helpline">
      <p class="helpline-name" lang={line.serviceLang ?? 'en'}>{line.service}</p>
      {line.area && <p class="note">{fill(words.onlyIn, { area: line.area[lang] })}</p>}
      <p>{line.about[lang]}</p>
      <ul class="contacts">
        {line.contacts.map((contact) => (
          <li key={contact.href}>
            <ContactLink contact={contact} service={line.service} lang={lang} words={words} />
          </li>
        ))}
      </ul>
      <p class="note">
        <time dateTime={line.checked}>{fill(words.checkedOn, { date: formatDay(line.checked, lang) })}</time>
        {' · '}
        {words.source}:{' '}
        {line.sources.map((source, index) => (
          <span key={source.href}>
            {index > 0 && ', '}
            <SourceLink source={source} lang={lang} words={words} />
          </span>
        ))}
      </p>
    </li>
  );
}

/**
 * A call or a text is a link to the phone app, a WhatsApp chat a link to WhatsApp's site,
 * each with the number beside it as plain text that can be selected and copied where there
 * is no phone or no WhatsApp. A website opens in a new tab. Nothing opens without a click.
 */
export function ContactLink({ contact, service, lang, words }: { contact: Contact; service: string; lang: Lang; words: Strings }) {
  const note = contact.note && <span class="note"> ({contact.note[lang]})</span>;
  if (contact.kind === 'website') {
    return (
      <>
        {words.website}:{' '}
        <OutsideLink href={contact.href} hint={words.opensNewTab}>{contact.display}</OutsideLink>
        {note}
      </>
    );
  }
  if (contact.kind === 'whatsapp') {
    return (
      <>
        <a href={contact.href} target="_blank" rel="noreferrer noopener">
          {words.whatsapp}
          <span class="visually-hidden"> {service} {words.opensNewTab}</span>
        </a>{' '}
        <span class="number">{contact.display}</span>
        {note}
      </>
    );
  }
  const label = contact.kind === 'call' ? words.call : contact.kind === 'tty' ? words.tty : words.text;
  const display = typeof contact.display === 'string' ? contact.display : contact.display[lang];
  return (
    <>
      <a href={contact.href} onClick={onPhoneLinkClick}>
        {label}
        <span class="visually-hidden"> {service}</span>
      </a>{' '}
      <span class="number">{display}</span>
      {note}
    </>
  );
}

/** A source's address, then what the page is and who published it: "alberta.ca (how to help; government)". */
function SourceLink({ source, lang, words }: { source: Source; lang: Lang; words: Strings }) {
  const about = [source.note?.[lang], words.sourceKinds[source.kind]].filter(Boolean).join('; ');
  return (
    <>
      <OutsideLink href={source.href} hint={words.opensNewTab}>{source.display}</OutsideLink> ({about})
    </>
  );
}

function OutsideLink({ href, hint, children }: { href: string; hint: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
      <span class="visually-hidden"> {hint}</span>
    </a>
  );
}

function formatDay(isoDay: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}
