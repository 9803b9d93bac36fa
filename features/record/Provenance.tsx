import { provenanceOf } from '@/core/vault/provenance';
import type { Entry } from '@/core/vault/journal';
import { useT } from '@/features/i18n/language';
import { formatWritten } from '@/core/i18n/dates';
import { STRINGS } from './strings';

/**
 * Where a version came from, when it came from a backup copy: when it was added and which copy,
 * and a flag when the copy dates it before the entry was first written here. Without `seq`, the
 * entry's first version (shown under "Written …").
 */
export function Provenance({ entry, seq }: { entry: Entry; seq?: number }) {
  const { t, locale } = useT(STRINGS);
  const place = provenanceOf(entry).find((candidate) => candidate.seq === (seq ?? entry.revisions[0]?.seq));
  if (!place?.imported) return null;
  return (
    <p class="note">
      {t('importedFrom', { date: formatWritten(place.imported.at, locale), copy: place.imported.copy.slice(0, 12) })}
      {place.backdated && <> {t('backdated')}</>}
    </p>
  );
}
