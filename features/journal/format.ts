/** How dates read on screen, in the user's own locale. */
const happened = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const written = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A `YYYY-MM-DDTHH:mm` local time as typed. */
export function formatHappened(localDateTime: string): string {
  const date = new Date(localDateTime);
  return Number.isNaN(date.getTime()) ? localDateTime : happened.format(date);
}

/** An ISO timestamp of when something was written. */
export function formatWritten(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : written.format(date);
}
