import { HELPLINE_COUNTRIES, isHelplineCountry } from '@/assets/content/countries';
import { COUNTRIES, HELPLINES } from '@/assets/content/helplines';
import { useLanguage } from '@/features/i18n/language';
import { EmergencyNumbers } from './EmergencyNumbers';
import { HelplineCard } from './HelplineCard';
import { STRINGS } from './strings';
import { useCountry } from './use-country';
import './article.css';

/**
 * Who can help in an emergency, and the helplines of the country she is in (the one she chose,
 * else the one her browser's region suggests, else she is asked); what to know before calling;
 * how to reach out without leaving traces; the article's words explained. Every line has its
 * source and the date it was checked. Nothing here opens or loads anything until a click.
 */
export function Resources() {
  const { lang } = useLanguage();
  const words = STRINGS[lang];
  const choice = useCountry();
  // Rendered once the saved country is read, so the screen never shows one country, then another.
  if (!choice) return null;
  const { country } = choice;
  const byName = [...HELPLINE_COUNTRIES].sort((a, b) => COUNTRIES[a].name[lang].localeCompare(COUNTRIES[b].name[lang], lang));

  return (
    <div class="reader resources" lang={lang}>
      <h1 id="haven-title">{words.resourcesTitle}</h1>
      <p>{words.resourcesIntro}</p>

      <div class="field">
        <label for="resources-country">{words.countryLabel}</label>
        <select
          id="resources-country"
          value={country ?? ''}
          aria-describedby="resources-country-hint"
          onChange={(event) => {
            const next = (event.currentTarget as HTMLSelectElement).value;
            if (isHelplineCountry(next)) void choice.choose(next);
          }}
        >
          {country === null && <option value="">{words.chooseCountry}</option>}
          {byName.map((code) => (
            <option key={code} value={code}>{COUNTRIES[code].name[lang]}</option>
          ))}
        </select>
      </div>
      <p class="note" id="resources-country-hint">
        {choice.chosen ? words.countryChosen : country ? words.countryHint : words.countryUnknown}
      </p>

      <section>
        <h2 id="resources-emergency">{words.emergencyTitle}</h2>
        <p>{words.emergencyText}</p>
        <EmergencyNumbers country={country} countries={byName} lang={lang} words={words} />
      </section>

      <section>
        <h2 id="resources-helplines">{words.helplinesTitle}</h2>
        <p class="note">{words.helplinesNote}</p>
        {country ? (
          <section>
            <h3 id={`resources-${country}`}>{COUNTRIES[country].name[lang]}</h3>
            <ul class="helplines">
              {HELPLINES.filter((line) => line.country === country).map((line) => (
                <HelplineCard key={line.id} line={line} lang={lang} words={words} />
              ))}
            </ul>
          </section>
        ) : (
          <p>{words.helplinesNone}</p>
        )}
      </section>

      <section>
        <h2 id="resources-calling">{words.callingTitle}</h2>
        <ul>
          {words.calling.map((text) => <li key={text}>{text}</li>)}
        </ul>
      </section>

      <section>
        <h2 id="resources-safety">{words.safetyTitle}</h2>
        <ul>
          {words.safety.map((text) => <li key={text}>{text}</li>)}
        </ul>
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
