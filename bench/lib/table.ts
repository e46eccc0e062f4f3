// Prints the rows as a Markdown table (so BENCHMARKS.md can take it as it is): measured, budget,
// floor, verdict and a note per figure.
import { verdict, type Row } from './report';

function formatNumber(value: number, unit: string): string {
  if (unit === 'count' || unit === 'requests' || unit === 'orders' || unit === 'connections') return String(Math.round(value));
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  return value.toFixed(digits);
}

function cell(value: number | undefined, unit: string): string {
  if (value === undefined) return '-';
  return unit === 'count' ? formatNumber(value, unit) : `${formatNumber(value, unit)} ${unit}`;
}

export function renderTable(rows: readonly Row[]): string {
  const header = ['Area', 'Figure', 'Measured', 'Budget', 'Floor', 'Verdict', 'Notes'];
  const lines = rows.map((row) => [
    row.section,
    row.name,
    cell(row.measured, row.unit),
    row.budget ? `${row.budget.op} ${cell(row.budget.value, row.unit)}` : '-',
    cell(row.floor, row.unit),
    verdict(row),
    (row.note ?? '').replace(/\|/g, '/'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [format(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}
