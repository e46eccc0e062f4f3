// One cold activation of the production bundle outside VS Code, in a fresh process (the parent
// starts one per sample). `vscode` is the stub in vscodeStub.ts, which also plays the
// workbench: it renders the tree the way VS Code does, so "first render data ready" is the
// provider's own answer for the root, not a copy of its logic. Prints one JSON line.
//
// Input (JSON in BENCH_ACTIVATION): the bundle path, the scenario's settings and, for a restored
// profile, the profile and where its API is.
import { createRequire } from 'node:module';
import * as net from 'node:net';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { secretKeyFor } from '../../src/model/profiles';
import { createVscodeStub, labelOf, type RenderedRow, type TreeRender, type Workbench } from './vscodeStub';

export interface ChildInput {
  extensionJs: string;
  settings: Record<string, unknown>;
  viewVisible: boolean;
  /** Sign-in state that `restore()` finds, as a previous session left it. */
  profile?: { name: string; projectId: string; authMethod: 'oauth2' | 'basic'; keyId: string; keySecret: string };
  /** Also wait until every group shows its count (needs a connection: sandbox or profile). */
  waitForCounts: boolean;
  /** Then expand this group and click its "Load more" until it has none (as a user would). */
  walkGroup?: string;
}

export interface ChildResult {
  /** require() of the bundle. */
  loadMs: number;
  /** activate() call until it returned. */
  activateMs: number;
  /** activate() start until the tree provider's first answer for the root was complete. */
  firstRenderMs: number;
  firstRenderItems: number;
  /** activate() start until every group's TreeItem showed a count. */
  countsMs?: number;
  /** Slow work started while activate() ran: sockets opened, servers listening, sandbox loaded. */
  connectsDuringActivate: number;
  listensDuringActivate: number;
  sandboxLoadedDuringActivate: boolean;
  unmodelled: string[];
  /** First "Load more" click until the group showed its last number (walkGroup only). */
  walk?: { ms: number; clicks: number; shown: number; slowestClickMs: number; renderMs: number; startedAt: number; endedAt: number };
}

/** Ten groups, each with a count as its description ("12", "0", "3 of 12 match"). */
export function everyGroupCounted(render: TreeRender): boolean {
  return render.items.length === 10 && render.items.every((item) => typeof item.description === 'string' && /^\d/.test(item.description));
}

interface Command {
  command: string;
  arguments?: unknown[];
}

/** The rows under a root row (a group) while it is expanded. */
function groupRows(render: TreeRender, group: string): readonly RenderedRow[] {
  return render.rows.find((row) => labelOf(row.item) === group)?.children ?? [];
}

function loadMoreOf(render: TreeRender, group: string): Command | undefined {
  const rows = groupRows(render, group);
  const command = rows[rows.length - 1]?.item.command as Command | undefined;
  return command?.command === 'sinch.loadMore' ? command : undefined;
}

const isNumberRow = (row: RenderedRow): boolean => String(row.item.contextValue ?? '').startsWith('qualifiedNumber.');

/**
 * Numbers the group shows: its number rows, or in a long group the rows of each expanded range
 * and the count a folded range's label gives ("1–1000").
 */
function numbersShown(render: TreeRender, group: string): number {
  let shown = 0;
  for (const row of groupRows(render, group)) {
    if (isNumberRow(row)) shown++;
    else if (row.item.contextValue === 'numberRange') {
      const [, from, to] = /^(\d+)–(\d+)$/.exec(labelOf(row.item)) ?? [];
      // A range holds numbers only: its row count, not a pass over its rows (this runs on every render).
      shown += row.children ? row.children.length : Number(to) - Number(from) + 1;
    }
  }
  return shown;
}

/** The last row's label: "Loading…" while a page is on its way. */
function lastLabel(render: TreeRender, group: string): string {
  const rows = groupRows(render, group);
  return rows.length > 0 ? labelOf(rows[rows.length - 1].item) : '';
}

/** Clicks "Load more" in `group` until it is gone; each click waits for the render that shows the new page. */
async function walk(workbench: Workbench, group: string): Promise<NonNullable<ChildResult['walk']>> {
  workbench.expand(group);
  let render = await workbench.whenRendered((r) => loadMoreOf(r, group) !== undefined && lastLabel(r, group) !== 'Loading…');
  const start = performance.now();
  let clicks = 0;
  let slowest = 0;
  const renderedBefore = workbench.renderMsSoFar();
  for (let command = loadMoreOf(render, group); command; command = loadMoreOf(render, group)) {
    const before = numbersShown(render, group);
    const clicked = performance.now();
    await workbench.executeCommand(command.command, ...(command.arguments ?? []));
    clicks++;
    const rendered = render;
    render = await workbench.whenRendered((r) => r !== rendered && r.at > clicked && numbersShown(r, group) > before && lastLabel(r, group) !== 'Loading…');
    slowest = Math.max(slowest, render.at - clicked);
  }
  const epoch = (at: number): number => performance.timeOrigin + at;
  return { ms: render.at - start, clicks, shown: numbersShown(render, group), slowestClickMs: slowest, renderMs: workbench.renderMsSoFar() - renderedBefore, startedAt: epoch(start), endedAt: epoch(render.at) };
}

async function main(): Promise<void> {
  const input = JSON.parse(process.env.BENCH_ACTIVATION ?? '') as ChildInput;
  const { vscode, workbench } = createVscodeStub({ settings: input.settings, viewVisible: input.viewVisible });

  // `require('vscode')` from the bundle gets the stub.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = Module._load;
  Module._load = function load(this: unknown, request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
  };

  // Count what would make activation slow, while activate() runs and only then.
  let activating = false;
  let connects = 0;
  let listens = 0;
  const originalConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
    if (activating) connects++;
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  const originalListen = net.Server.prototype.listen;
  net.Server.prototype.listen = function listen(this: net.Server, ...args: unknown[]) {
    if (activating) listens++;
    return (originalListen as (...a: unknown[]) => net.Server).apply(this, args);
  } as typeof net.Server.prototype.listen;

  const requireBundle = createRequire(input.extensionJs);
  const loadStart = performance.now();
  const extension = requireBundle(input.extensionJs) as { activate(context: unknown): unknown; deactivate?(): Promise<void> | void };
  const loadEnd = performance.now();

  const context = workbench.createContext(dirname(dirname(input.extensionJs))) as {
    globalState: { update(key: string, value: unknown): Promise<void> };
    secrets: { store(key: string, value: string): Promise<void> };
  };
  if (input.profile) {
    const { name, projectId, authMethod, keyId, keySecret } = input.profile;
    await context.globalState.update('sinch.profiles', { profiles: [{ name, projectId, authMethod }], active: name });
    await context.secrets.store(secretKeyFor(name), JSON.stringify({ keyId, keySecret }));
  }

  activating = true;
  const activateStart = performance.now();
  extension.activate(context);
  const activateEnd = performance.now();
  activating = false;
  const sandboxLoaded = Object.keys(requireBundle.cache).some((file) => /sandboxServer\.js$/.test(file));

  const first = await workbench.whenRendered(() => true);
  const counted = input.waitForCounts ? await workbench.whenRendered(everyGroupCounted) : undefined;
  const walked = input.walkGroup ? await walk(workbench, input.walkGroup) : undefined;

  const result: ChildResult = {
    loadMs: loadEnd - loadStart,
    activateMs: activateEnd - activateStart,
    firstRenderMs: first.at - activateStart,
    firstRenderItems: first.items.length,
    ...(counted ? { countsMs: counted.at - activateStart } : {}),
    connectsDuringActivate: connects,
    listensDuringActivate: listens,
    sandboxLoadedDuringActivate: sandboxLoaded,
    unmodelled: [...workbench.unmodelled].sort(),
    ...(walked ? { walk: walked } : {}),
  };
  await extension.deactivate?.();
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
