import { COUNTRIES, COUNTRY_NAMES, EMERGENCY_NUMBERS, HELPLINES, type Contact, type Helpline } from '@/assets/content/helplines';
import { fill, type Lang } from '@/core/i18n/translate';
import { useLanguage } from '@/features/i18n/language';
import { onPhoneLinkClick } from './phone-link';
import { STRINGS, type Strings } from './strings';
import './article.css';

/**
 * Who can help in an emergency; how to reach out without leaving traces; helplines by country,
 * each with its source and the date it was checked; the article's words explained. Nothing
 * here opens or loads anything until the person clicks.
 */
export function Resources() {
  const { lang } = useLanguage();
  const words = STRINGS[lang];
  return (
    <div class="reader resources" lang={lang}>
      <h1 id="haven-title">{words.resourcesTitle}</h1>
      <p>{words.resourcesIntro}</p>

      <section>
        <h2 id="resources-emergency">{words.emergencyTitle}</h2>
        <p>{words.emergencyText}</p>
        <ul class="emergency-numbers">
          {EMERGENCY_NUMBERS.map((entry) => (
            <li key={entry.number}>
              <a href={entry.href} onClick={onPhoneLinkClick}>
                {words.call}
                <span class="visually-hidden"> {entry.number}</span>
              </a>{' '}
              <span class="number">{entry.number}</span> <span class="note">{entry.where[lang]}</span>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2 id="resources-safety">{words.safetyTitle}</h2>
        <ul>
          {words.safety.map((text) => <li key={text}>{text}</li>)}
        </ul>
      </section>

      <section>
        <h2 id="resources-helplines">{words.helplinesTitle}</h2>
        <p class="note">{words.helplinesNote}</p>
        {COUNTRIES.map((country) => (
          <section key={country}>
            <h3 id={`resources-${country}`}>{COUNTRY_NAMES[country][lang]}</h3>
            <ul class="helplines">
              {HELPLINES.filter((line) => line.country === country).map((line) => (
                <HelplineCard key={line.id} line={line} lang={lang} words={words} />
              ))}
            </ul>
          </section>
        ))}
      </section>

      <section>
        <h2 id="resources-glossary">{words.glossaryTitle}</h2>
        <p class="note">{words.glossaryIntro}</p>
        <dl class="glossary">
          {words.glossary.map(({ term, text }) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

function HelplineCard({ line, lang, words }: { line: Helpline; lang: Lang; words: Strings }) {
  return (
    <li class="helpline">
      <p class="helpline-name" lang="en">{line.service}</p>
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
            <OutsideLink href={source.href} hint={words.opensNewTab}>{source.display}</OutsideLink>
          </span>
        ))}
      </p>
    </li>
  );
}

/**
 * A call or a text is a link to the phone app, with the number beside it as plain text that can
 * be selected and copied where there is no phone app. A website opens in a new tab on click.
 */
function ContactLink({ contact, service, lang, words }: { contact: Contact; service: string; lang: Lang; words: Strings }) {
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
