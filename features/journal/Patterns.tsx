import type { EntrySummary } from '@/core/vault/journal';
import { useT } from '@/features/i18n/language';
import { ALL_CATEGORIES, entriesPerMonth, longestQuietStretch } from './model';
import { STRINGS } from './strings';

/** Entries per month by category (a small chart, and the same numbers as a table). */
export function Patterns({ sorted }: { sorted: EntrySummary[] }) {
  const { t, words } = useT(STRINGS);
  const rows = entriesPerMonth(sorted);
  const quiet = longestQuietStretch(sorted);
  const most = Math.max(1, ...rows.map((row) => row.total));
  const used = ALL_CATEGORIES.filter((category) => rows.some((row) => row.byCategory[category]));
  return (
    <section aria-labelledby="haven-title">
      <h1 id="haven-title">{t('patterns')}</h1>
      {rows.length === 0 ? (
        <p>{t('patternsEmpty')}</p>
      ) : (
        <>
          <p>
            {t('entryCount', { count: sorted.length })} {t('overMonths', { count: rows.length })}
            {quiet && quiet.days > 0 && <> {t('quietStretch', { count: quiet.days, from: quiet.from, to: quiet.to })}</>}
          </p>
          <div class="chart" aria-hidden="true">
            {rows.map((row) => (
              <div class="chart-row" key={row.month}>
                <span class="chart-label">{row.month}</span>
                <span class="chart-bar" style={{ width: `${(row.total / most) * 100}%` }} />
                <span class="chart-value">{row.total}</span>
              </div>
            ))}
          </div>
          <table>
            <caption>{t('perMonth')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('month')}</th>
                <th scope="col">{t('all')}</th>
                {used.map((category) => <th scope="col" key={category}>{words.categories[category]}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{row.month}</th>
                  <td>{row.total}</td>
                  {used.map((category) => <td key={category}>{row.byCategory[category] ?? 0}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
