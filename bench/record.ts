import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const ROWS_FILE = resolve('bench-results/rows.jsonl');

export interface BenchRow {
  metric: string;
  browser: string;
  value: number;
  unit: string;
  /** How many runs the value summarises (the median of them). */
  runs?: number;
}

export function record(row: BenchRow): void {
  mkdirSync(dirname(ROWS_FILE), { recursive: true });
  appendFileSync(ROWS_FILE, `${JSON.stringify(row)}\n`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
