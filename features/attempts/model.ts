import { translator, type Lang } from '@/core/i18n/translate';
import type { Attempt, AttemptKind, AttemptRecord } from '@/core/vault/attempts';
import { STRINGS } from './strings';

/** "Tuesday at 14:02" in her language (the year and date too when it is not this week). */
export function when(at: number, lang: Lang, locale: string, now = Date.now()): string {
  const date = new Date(at);
  const withinWeek = Math.abs(now - at) < 6 * 86_400_000;
  const day = date.toLocaleDateString(locale, withinWeek ? { weekday: 'long' } : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return translator(STRINGS[lang], lang)('at', { day, time });
}

/** What happened since her last look that she did not do herself: wrong passphrases, the decoy. */
export function sinceLastLook(record: AttemptRecord): { wrong: Attempt[]; decoy: Attempt[]; findings: number } {
  const after = record.events.filter((event) => event.at > record.seen);
  const of = (kind: AttemptKind) => after.filter((event) => event.kind === kind);
  return { wrong: of('wrong'), decoy: of('memo'), findings: record.findings.filter((finding) => finding.at > record.seen).length };
}

/** The home line's sentences; empty when nothing happened since her last look. */
export function homeLine(record: AttemptRecord, lang: Lang, locale: string, now = Date.now()): string[] {
  const t = translator(STRINGS[lang], lang);
  const { wrong, decoy, findings } = sinceLastLook(record);
  const lines: string[] = [];
  const last = (events: Attempt[]) => when(events.at(-1)!.at, lang, locale, now);
  if (wrong.length) lines.push(t('lineWrong', { count: wrong.length, when: last(wrong) }));
  if (decoy.length) lines.push(t('lineDecoy', { count: decoy.length, when: last(decoy) }));
  if (findings) lines.push(t('lineFinding'));
  return lines;
}
