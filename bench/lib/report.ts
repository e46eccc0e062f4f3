// One measured figure as the table shows it: the value, the budget it is held to and the floor
// (the best any implementation could do here), with a verdict. Numbers only; printing is table.ts.

export type Comparison = '<=' | '>=' | '==';

export interface Budget {
  op: Comparison;
  value: number;
}

export interface Row {
  section: string;
  name: string;
  /** undefined: not measured this run (see `note`). */
  measured: number | undefined;
  unit: string;
  budget?: Budget;
  floor?: number;
  /** Spread or context: "p90 31.2", "50 requests", why it was not measured. */
  note?: string;
}

export type Verdict = 'ok' | 'MISS' | 'n/a' | 'info';

export function verdict(row: Row): Verdict {
  if (row.measured === undefined) return 'n/a';
  if (!row.budget) return 'info';
  const { op, value } = row.budget;
  const met = op === '<=' ? row.measured <= value : op === '>=' ? row.measured >= value : row.measured === value;
  return met ? 'ok' : 'MISS';
}

/** A row for a figure that could not be measured this run, with the reason. */
export function notMeasured(section: string, name: string, unit: string, reason: string, budget?: Budget): Row {
  return { section, name, measured: undefined, unit, budget, note: reason };
}
