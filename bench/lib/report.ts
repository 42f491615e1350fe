import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const resultsDir = join(import.meta.dirname, '..', 'results');

/** Writes one benchmark's figures to bench/results/<name>.json. */
export function writeResult(name: string, figures: unknown): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}

/** Prints rows as an aligned text table. */
export function printTable(title: string, rows: readonly Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => String(row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, index) => cell.padStart(widths[index] ?? 0)).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(columns.map((column) => String(row[column] ?? ''))));
}

/** A verdict for a figure against its target. */
export function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}
