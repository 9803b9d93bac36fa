/** How dates read on screen, in the chosen language (the browser's own locale when it matches). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string): Intl.DateTimeFormat {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, format);
  }
  return format;
}

/** A `YYYY-MM-DDTHH:mm` local time as typed. */
export function formatHappened(localDateTime: string, locale: string): string {
  const date = new Date(localDateTime);
  return Number.isNaN(date.getTime()) ? localDateTime : formatter(locale).format(date);
}

/** An ISO timestamp of when something was written. */
export function formatWritten(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(locale).format(date);
}
