import type { CountryCode } from '@/assets/content/countries';
import { COUNTRIES, type EmergencyNumber } from '@/assets/content/helplines';
import type { Lang } from '@/core/i18n/translate';
import { onPhoneLinkClick } from './phone-link';
import type { Strings } from './strings';

/**
 * The chosen country's emergency numbers, first on the screen. With no country chosen, every
 * country's (in `countries`' order), each beside its name: a wrong guess would send her to a
 * number that does not answer where she is.
 */
export function EmergencyNumbers(props: { country: CountryCode | null; countries: readonly CountryCode[]; lang: Lang; words: Strings }) {
  const { country, countries, lang, words } = props;
  if (country) {
    return (
      <ul class="emergency-numbers">
        {COUNTRIES[country].emergency.map((entry) => (
          <EmergencyCall key={entry.number} entry={entry} label={entry.what[lang]} note={entry.note?.[lang]} words={words} />
        ))}
      </ul>
    );
  }
  return (
    <>
      <p class="note">{words.emergencyWhere}</p>
      <ul class="emergency-numbers">
        {countries.flatMap((code) =>
          COUNTRIES[code].emergency.map((entry) => (
            <EmergencyCall key={`${code}-${entry.number}`} entry={entry} label={COUNTRIES[code].name[lang]} words={words} />
          )),
        )}
      </ul>
    </>
  );
}

function EmergencyCall({ entry, label, note, words }: { entry: EmergencyNumber; label: string; note?: string; words: Strings }) {
  return (
    <li>
      <a href={entry.href} onClick={onPhoneLinkClick}>
        {words.call}
        <span class="visually-hidden"> {entry.number}</span>
      </a>{' '}
      <span class="number">{entry.number}</span> <span class="note">{label}</span>
      {note && <span class="note"> ({note})</span>}
    </li>
  );
}
