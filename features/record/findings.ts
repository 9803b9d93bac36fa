import { translator, type Lang } from '@/core/i18n/translate';
import type { Finding } from '@/core/vault/journal';
import { STRINGS } from './strings';

/** A finding of the check on opening as one sentence, in this language. */
export function findingText(finding: Finding, lang: Lang): string {
  const t = translator(STRINGS[lang], lang);
  switch (finding.kind) {
    case 'end-missing':
      return t('foundEndMissing');
    case 'end-unreadable':
      return t('foundEndUnreadable');
    case 'end-behind':
      return t('foundEndBehind', { end: finding.end, newest: finding.newest });
    case 'end-ahead':
      return t('foundEndAhead', { end: finding.end, newest: finding.newest });
    case 'missing': {
      const list = finding.revisions.join(', ');
      return finding.more ? t('foundMissingMore', { list, count: finding.more }) : t('foundMissing', { list, count: finding.revisions.length });
    }
    case 'broken':
      return t('foundBroken', { revision: finding.revision });
    case 'extra':
      return t('foundExtra', { count: finding.count });
    case 'gone':
      return t('foundGone', { count: finding.count });
  }
}
