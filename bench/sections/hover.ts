// The hover on a phone number (issue 13): a 10,000-line file, a number on its last lines that the
// tree already lists (5,000 numbers loaded in one group and the first page of the others). One
// hover is what the provider does: the hovered line only (VS Code hands it over by index), the
// lookup through NumberLookupService (the tree first, then one GET) and the Markdown. Timed in
// this process against the sandbox process at 25 ms latency; requests are counted.
import { performance } from 'node:perf_hooks';
import type { ConnectionManager } from '../../src/connection/connectionManager';
import { createRedactor } from '../../src/api/redact';
import { NumberLookupService } from '../../src/editor/numberLookup';
import { numberHoverMarkdown } from '../../src/model/editor/numberHover';
import { numberAt } from '../../src/model/editor/phoneFinder';
import { QualifiedNumbersModel } from '../../src/model/tree/treeModel';
import type { QualifiedNumbersView } from '../../src/views/qualifiedNumbersView';
import { countingClient } from '../lib/client';
import type { Row } from '../lib/report';
import type { SandboxProcess } from '../lib/sandboxProcess';
import { median, percentile } from '../lib/stats';

const SECTION = 'Hover';
const LINES = 10_000;
const HOVERS = 500;
export const HOVER_BUDGET_MS = 5;

function nanp(e164: string): string {
  return `(${e164.slice(2, 5)}) ${e164.slice(5, 8)}-${e164.slice(8)}`;
}

export async function measureHover(sandbox: SandboxProcess): Promise<Row[]> {
  const { client, take } = countingClient(sandbox.url);
  const model = new QualifiedNumbersModel({ pageSize: 100, sortOrder: 'oldest' });
  model.setSource(client);
  await model.reload();
  const state = 'GLOBAL_PROCESS_STATE_VERIFIED';
  for (let i = 0; i < 50 && model.groupViews().find((g) => g.state === state)?.hasMore; i++) await model.loadMore(state);
  const listed = model.listedNumbers();
  const inTree = listed.filter((n) => n.globalProcessState === state).slice(-HOVERS);
  // A 10,000-line file; the numbers the tree lists are written on its last lines, in NANP form.
  const lines = Array.from({ length: LINES }, (_, i) => `  { "id": ${i}, "note": "line ${i} of a big fixture file", "padding": "${'x'.repeat(40)}" },`);
  inTree.forEach((n, i) => (lines[LINES - HOVERS + i] = `  { "id": ${LINES - HOVERS + i}, "caller": "${nanp(n.phoneNumber)}", "note": "a number in the tree" },`));
  const document = { lineAt: (line: number) => ({ text: lines[line] }) };

  const redactor = createRedactor();
  const connection = { current: () => client, onDidChange: () => ({ dispose: () => undefined }), redactor, describe: () => 'bench' } as unknown as ConnectionManager;
  const lookups = new NumberLookupService(connection, { model } as unknown as QualifiedNumbersView);
  take();
  const times: number[] = [];
  for (let i = 0; i < HOVERS; i++) {
    const line = LINES - HOVERS + i;
    const character = lines[line].indexOf('(') + 3;
    const start = performance.now();
    const found = numberAt(document.lineAt(line).text, character);
    if (!found?.parsed.ok) throw new Error(`no number found on line ${line}`);
    const lookup = await lookups.lookup(found.parsed.e164);
    const markdown = numberHoverMarkdown(found, lookup, connection.describe());
    times.push(performance.now() - start);
    if (lookup?.kind !== 'known' || !markdown) throw new Error(`the hover did not find ${found.parsed.e164} in the tree`);
  }
  const requests = take().length;
  lookups.dispose();
  return [
    {
      section: SECTION,
      name: `hover a number the tree lists (${LINES.toLocaleString('en-US')}-line file)`,
      measured: percentile(times, 90),
      unit: 'ms',
      budget: { op: '<=', value: HOVER_BUDGET_MS },
      note: `p90 (median ${median(times).toFixed(2)}), max ${Math.max(...times).toFixed(2)}, n=${HOVERS}; tree holds ${listed.length.toLocaleString('en-US')} numbers`,
    },
    { section: SECTION, name: 'hover requests for numbers in the tree', measured: requests, unit: 'requests', budget: { op: '==', value: 0 }, floor: 0, note: `${HOVERS} hovers` },
  ];
}
