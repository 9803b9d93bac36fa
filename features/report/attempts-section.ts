import { translator } from '@/core/i18n/translate';
import type { AttemptKind, AttemptRecord } from '@/core/vault/attempts';
import { STRINGS as ATTEMPTS_STRINGS } from '@/features/attempts/strings';
import { printable, type Block, type ReportFormat } from './report-model';

/**
 * The record of attempts (issue #18) as its own section of the evidence report, when she asks
 * for it: every event with its time (as the report writes times), the older ones summed up, what
 * the record noticed about itself, and what it cannot prove. Kept apart from report-model.ts:
 * the report's own blocks do not change.
 */
const EN = {
  heading: 'Attempts to get in',
  intro: 'Recorded by this space on this computer: each opening with the code, each wrong passphrase, each use of the decoy code.',
};
const ES: typeof EN = {
  heading: 'Intentos de entrar',
  intro: 'Registrado por este espacio en este ordenador: cada apertura con el código, cada frase de contraseña equivocada, cada uso del código señuelo.',
};

export function attemptsBlocks(record: AttemptRecord | null, format: ReportFormat): Block[] {
  if (!record) return [];
  const own = format.lang === 'es' ? ES : EN;
  const t = translator(ATTEMPTS_STRINGS[format.lang], format.lang);
  const at = (time: number) => format.written(new Date(time).toISOString());
  const text = (kind: 'heading' | 'text' | 'note', value: string): Block => ({ kind, text: printable(value) });
  const blocks: Block[] = [{ kind: 'page' }, text('heading', own.heading), text('text', own.intro)];
  for (const finding of record.findings) blocks.push(text('note', t(finding.what, { when: at(finding.at), count: finding.count ?? 0 })));
  if (!record.events.length) blocks.push(text('text', t('none')));
  for (const event of record.events) blocks.push(text('text', `${at(event.at)}: ${t(event.kind)}`));
  for (const [kind, sum] of Object.entries(record.older) as [AttemptKind, { count: number; first: number; last: number }][]) {
    blocks.push(text('text', t('older', { count: sum.count, what: t(kind), first: at(sum.first), last: at(sum.last) })));
  }
  blocks.push(text('note', t('cannotProve')));
  return blocks;
}
