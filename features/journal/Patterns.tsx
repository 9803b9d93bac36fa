import type { EntrySummary } from '@/core/vault/journal';
import { ALL_CATEGORIES, CATEGORY_LABELS, entriesPerMonth, longestQuietStretch } from './model';

/** Entries per month by category (a small chart, and the same numbers as a table). */
export function Patterns({ sorted }: { sorted: EntrySummary[] }) {
  const rows = entriesPerMonth(sorted);
  const quiet = longestQuietStretch(sorted);
  const most = Math.max(1, ...rows.map((row) => row.total));
  const used = ALL_CATEGORIES.filter((category) => rows.some((row) => row.byCategory[category]));
  return (
    <section aria-labelledby="haven-title">
      <h1 id="haven-title">Patterns</h1>
      {rows.length === 0 ? (
        <p>Patterns appear here once you have written a few entries.</p>
      ) : (
        <>
          <p>
            {sorted.length} {sorted.length === 1 ? 'entry' : 'entries'} over {rows.length} {rows.length === 1 ? 'month' : 'months'}.
            {quiet && quiet.days > 0 && <> The longest quiet stretch was {quiet.days} days ({quiet.from} to {quiet.to}).</>}
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
            <caption>Entries per month, by kind</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">All</th>
                {used.map((category) => <th scope="col" key={category}>{CATEGORY_LABELS[category]}</th>)}
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
