// A stand-in for the `vscode` module, enough to activate the production bundle outside VS Code
// and to play the workbench's part for the tree: like VS Code, it asks the tree provider for the
// root's children and their TreeItems once the view exists and again on every change event, and
// records each of those renders with its time. Members the extension uses but this file does
// not model are answered by a permissive fallback (a no-op that returns a disposable), so the
// bench keeps working while the extension grows; each such name is listed in `unmodelled`.
import { performance } from 'node:perf_hooks';

type Listener<T> = (event: T) => unknown;

class EventEmitter<T> {
  private listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(event: T): void {
    for (const listener of [...this.listeners]) listener(event);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

class Disposable {
  constructor(private readonly onDispose: () => unknown = () => undefined) {}
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  dispose(): void {
    this.onDispose();
  }
}

class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static parse(value: string): Uri {
    const match = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(value);
    return match ? new Uri(match[1], match[2]) : new Uri('file', value);
  }
  static from(parts: { scheme: string; path?: string }): Uri {
    return new Uri(parts.scheme, parts.path ?? '');
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, [base.path.replace(/\/$/, ''), ...segments].join('/'));
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { path?: string }): Uri {
    return new Uri(this.scheme, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}:${this.path}`;
  }
}

class TreeItem {
  description?: string | boolean;
  tooltip?: unknown;
  contextValue?: string;
  iconPath?: unknown;
  command?: unknown;
  id?: string;
  constructor(
    public label: unknown,
    public collapsibleState: number = 0,
  ) {}
}

class ThemeIcon {
  constructor(
    readonly id: string,
    readonly color?: ThemeColor,
  ) {}
}

class ThemeColor {
  constructor(readonly id: string) {}
}

class MarkdownString {
  isTrusted?: boolean;
  supportThemeIcons?: boolean;
  constructor(public value = '') {}
  appendMarkdown(text: string): this {
    this.value += text;
    return this;
  }
  appendText(text: string): this {
    this.value += text.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&');
    return this;
  }
}

class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {
    this.emitter.dispose();
  }
}

interface TreeDataProvider {
  onDidChangeTreeData?: (listener: Listener<unknown>) => { dispose(): unknown };
  getChildren(element?: unknown): unknown;
  getTreeItem(element: unknown): unknown;
}

/** A row as rendered: its TreeItem, and its children's rows while it is expanded. */
export interface RenderedRow {
  readonly element: unknown;
  readonly item: TreeItem;
  readonly children?: readonly RenderedRow[];
}

/** One answer of the provider for the root: its children's TreeItems, and when it was ready. */
export interface TreeRender {
  /** performance.now() when every TreeItem of the root (and of expanded nodes) was in hand. */
  at: number;
  /** How long the provider took to answer (getChildren and getTreeItem calls, root and expanded). */
  tookMs: number;
  items: TreeItem[];
  /** Every row shown: the root's, and under each expanded row its children's, at any depth. */
  rows: readonly RenderedRow[];
}

export function labelOf(item: TreeItem): string {
  const label = item.label as string | { label: string } | undefined;
  return typeof label === 'string' ? label : (label?.label ?? '');
}

export interface StubOptions {
  /** `sinch.*` settings by key without the section ("sandbox.autoStart"). */
  settings: Record<string, unknown>;
  /** Whether tree views start visible (the Sinch view open when the window starts). */
  viewVisible: boolean;
}

export interface Workbench {
  /** The latest renders (a couple at most). */
  readonly renders: TreeRender[];
  /** The provider's time over every render so far (a page's "Loading…" row included). */
  renderMsSoFar(): number;
  readonly unmodelled: Set<string>;
  /** Resolves with the first render that satisfies `test`. */
  whenRendered(test: (render: TreeRender) => boolean): Promise<TreeRender>;
  /** Expands the root item with this label from the next render on (as a click on its twistie). Deeper rows expand as VS Code does: those an item says start expanded. */
  expand(label: string): void;
  /** Runs a registered command, as a click on a TreeItem with that command does. */
  executeCommand(command: string, ...args: unknown[]): Promise<unknown>;
  createContext(extensionPath: string): unknown;
}

function memento(): unknown {
  const values = new Map<string, unknown>();
  return {
    get: (key: string, fallback?: unknown) => (values.has(key) ? values.get(key) : fallback),
    update: async (key: string, value: unknown) => void (value === undefined ? values.delete(key) : values.set(key, value)),
    keys: () => [...values.keys()],
    setKeysForSync: () => undefined,
  };
}

function secretStorage(): unknown {
  const values = new Map<string, string>();
  const changed = new EventEmitter<{ key: string }>();
  return {
    get: async (key: string) => values.get(key),
    store: async (key: string, value: string) => void values.set(key, value),
    delete: async (key: string) => void values.delete(key),
    onDidChange: changed.event,
  };
}

/** Anything not modelled: callable, constructible, and every member of it is one too. */
function permissive(name: string, unmodelled: Set<string>): unknown {
  const target = function () {
    /* no-op */
  };
  return new Proxy(target, {
    get(_t, property) {
      if (property === 'then') return undefined;
      if (property === 'dispose') return () => undefined;
      if (typeof property === 'symbol') return undefined;
      return permissive(`${name}.${property}`, unmodelled);
    },
    apply() {
      unmodelled.add(name);
      return new Disposable();
    },
    construct() {
      unmodelled.add(name);
      return new Disposable();
    },
  });
}

function withFallback<T extends object>(name: string, modelled: T, unmodelled: Set<string>): T {
  return new Proxy(modelled, {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || property in target) return Reflect.get(target, property, receiver);
      return permissive(`${name}.${property}`, unmodelled);
    },
  });
}

export function createVscodeStub(options: StubOptions): { vscode: unknown; workbench: Workbench } {
  const unmodelled = new Set<string>();
  const renders: TreeRender[] = [];
  const waiters: Array<{ test: (render: TreeRender) => boolean; resolve: (render: TreeRender) => void }> = [];
  const configurationChanged = new EventEmitter<unknown>();
  const commandHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const expandedLabels = new Set<string>();
  const renderNow: Array<() => void> = [];

  let renderMsSoFar = 0;
  const record = (render: TreeRender): void => {
    renderMsSoFar += render.tookMs;
    renders.push(render);
    // Only the latest renders are kept: thousands of TreeItems per render add up over a walk.
    if (renders.length > 2) renders.shift();
    for (const waiter of waiters.filter((w) => w.test(render))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(render);
    }
  };

  const createTreeView = (_id: string, viewOptions: { treeDataProvider: TreeDataProvider }): unknown => {
    const provider = viewOptions.treeDataProvider;
    const visibility = new EventEmitter<{ visible: boolean }>();
    let scheduled = false;
    // Like the workbench: change events are batched, then the root is asked again.
    // Awaits only what is a promise: the stub's own overhead must not count against the provider.
    const itemsOf = async (parent: unknown): Promise<{ elements: unknown[]; items: TreeItem[] }> => {
      const answer = provider.getChildren(parent) as unknown[] | Promise<unknown[]> | undefined;
      const elements = (answer instanceof Promise ? await answer : answer) ?? [];
      const items = elements.map((element) => provider.getTreeItem(element) as TreeItem | Promise<TreeItem>);
      return { elements, items: items.some((item) => item instanceof Promise) ? await Promise.all(items) : (items as TreeItem[]) };
    };
    // Expansion as VS Code keeps it: by id, decided when a row is first seen (an item that says
    // Expanded starts expanded; a root row also when the bench clicked its twistie, by label).
    const seenIds = new Set<string>();
    const expandedIds = new Set<string>();
    const isExpanded = (item: TreeItem, root: boolean): boolean => {
      if (item.collapsibleState === 0) return false;
      if (root && expandedLabels.has(labelOf(item))) return true;
      const id = item.id ?? labelOf(item);
      if (!seenIds.has(id)) {
        seenIds.add(id);
        if (item.collapsibleState === 2) expandedIds.add(id);
      }
      return expandedIds.has(id);
    };
    // A row, and while it is expanded every one of its children again, recursively (VS Code's
    // refresh of an element is recursive over what is expanded below it).
    const rowOf = async (element: unknown, item: TreeItem, root: boolean): Promise<RenderedRow> => {
      if (!isExpanded(item, root)) return { element, item };
      const { elements, items } = await itemsOf(element);
      const children: RenderedRow[] = [];
      // Rows without children are made without an await: the stub's overhead is not the provider's.
      for (let i = 0; i < elements.length; i++) children.push(items[i].collapsibleState === 0 ? { element: elements[i], item: items[i] } : await rowOf(elements[i], items[i], false));
      return { element, item, children };
    };
    let last: readonly RenderedRow[] | undefined;
    const render = async (): Promise<void> => {
      scheduled = false;
      pendingElements.clear();
      const started = performance.now();
      const root = await itemsOf(undefined);
      const rows: RenderedRow[] = [];
      for (let i = 0; i < root.elements.length; i++) rows.push(await rowOf(root.elements[i], root.items[i], true));
      const at = performance.now();
      last = rows;
      record({ at, tookMs: at - started, items: root.items, rows });
    };
    // Like the workbench: a change naming elements refreshes each one's TreeItem and, when it is
    // expanded, its children (recursively); the rest of the tree is kept as it was.
    const pendingElements = new Set<unknown>();
    const refreshed = async (rows: readonly RenderedRow[], root: boolean, elements: Set<unknown>): Promise<readonly RenderedRow[]> => {
      let changed = false;
      const next: RenderedRow[] = [];
      for (const row of rows) {
        let updated = row;
        if (elements.has(row.element)) {
          const answer = provider.getTreeItem(row.element) as TreeItem | Promise<TreeItem>;
          updated = await rowOf(row.element, answer instanceof Promise ? await answer : answer, root);
        } else if (row.children) {
          const children = await refreshed(row.children, false, elements);
          if (children !== row.children) updated = { ...row, children };
        }
        changed ||= updated !== row;
        next.push(updated);
      }
      return changed ? next : rows;
    };
    const renderElements = async (): Promise<void> => {
      const elements = new Set(pendingElements);
      pendingElements.clear();
      if (scheduled || !last) return;
      const started = performance.now();
      const rows = await refreshed(last, true, elements);
      if (rows === last) return;
      const at = performance.now();
      last = rows;
      record({ at, tookMs: at - started, items: rows.map((row) => row.item), rows });
    };
    const schedule = (): void => {
      if (!options.viewVisible || scheduled) return;
      scheduled = true;
      setImmediate(() => void render());
    };
    provider.onDidChangeTreeData?.((element) => {
      if (element === undefined || element === null) schedule();
      else if (options.viewVisible) {
        if (pendingElements.size === 0) setImmediate(() => void renderElements());
        for (const one of Array.isArray(element) ? element : [element]) pendingElements.add(one);
      }
    });
    renderNow.push(schedule);
    schedule();
    return withFallback(
      'TreeView',
      {
        visible: options.viewVisible,
        selection: [],
        description: undefined,
        message: undefined,
        title: undefined,
        badge: undefined,
        onDidChangeVisibility: visibility.event,
        onDidChangeSelection: new EventEmitter<unknown>().event,
        onDidExpandElement: new EventEmitter<unknown>().event,
        onDidCollapseElement: new EventEmitter<unknown>().event,
        onDidChangeCheckboxState: new EventEmitter<unknown>().event,
        reveal: async () => undefined,
        dispose: () => visibility.dispose(),
      },
      unmodelled,
    );
  };

  const outputChannel = (name: string): unknown =>
    withFallback(
      'LogOutputChannel',
      {
        name,
        logLevel: 2,
        onDidChangeLogLevel: new EventEmitter<number>().event,
        trace: () => undefined,
        debug: () => undefined,
        info: () => undefined,
        warn: () => undefined,
        error: () => undefined,
        append: () => undefined,
        appendLine: () => undefined,
        replace: () => undefined,
        clear: () => undefined,
        show: () => undefined,
        hide: () => undefined,
        dispose: () => undefined,
      },
      unmodelled,
    );

  const statusBarItem = (): unknown =>
    withFallback('StatusBarItem', { text: '', tooltip: undefined, command: undefined, name: undefined, show: () => undefined, hide: () => undefined, dispose: () => undefined }, unmodelled);

  const configuration = (section?: string): unknown => {
    const prefix = section ? `${section}.` : '';
    const value = (key: string): unknown => {
      const full = `${prefix}${key}`;
      return full.startsWith('sinch.') ? options.settings[full.slice('sinch.'.length)] : undefined;
    };
    return {
      get: (key: string, fallback?: unknown) => value(key) ?? fallback,
      has: (key: string) => value(key) !== undefined,
      inspect: (key: string) => ({ key, globalValue: value(key) }),
      update: async () => undefined,
    };
  };

  const vscode = {
    EventEmitter,
    Disposable,
    Uri,
    TreeItem,
    ThemeIcon,
    ThemeColor,
    MarkdownString,
    CancellationTokenSource,
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    ExtensionMode: { Production: 1, Development: 2, Test: 3 },
    LogLevel: { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 },
    window: withFallback(
      'window',
      {
        createOutputChannel: outputChannel,
        createTreeView,
        createStatusBarItem: statusBarItem,
        registerWebviewPanelSerializer: () => new Disposable(),
        withProgress: async (_options: unknown, task: (progress: unknown, token: unknown) => Promise<unknown>) =>
          task({ report: () => undefined }, new CancellationTokenSource().token),
        showInformationMessage: async () => undefined,
        showWarningMessage: async () => undefined,
        showErrorMessage: async () => undefined,
        setStatusBarMessage: () => new Disposable(),
      },
      unmodelled,
    ),
    commands: withFallback(
      'commands',
      {
        registerCommand: (command: string, handler: (...args: unknown[]) => unknown) => {
          commandHandlers.set(command, handler);
          return new Disposable(() => commandHandlers.delete(command));
        },
        executeCommand: async (command: string, ...args: unknown[]) => commandHandlers.get(command)?.(...args),
        getCommands: async () => [],
      },
      unmodelled,
    ),
    workspace: withFallback(
      'workspace',
      {
        getConfiguration: configuration,
        onDidChangeConfiguration: configurationChanged.event,
        registerTextDocumentContentProvider: () => new Disposable(),
        workspaceFolders: undefined,
      },
      unmodelled,
    ),
    // Namespaces the bundle reads at activation: esbuild's import interop copies only the stub's
    // own members, so a namespace the fallback would answer must exist here.
    lm: withFallback('lm', { registerTool: () => new Disposable() }, unmodelled),
    languages: withFallback('languages', { registerHoverProvider: () => new Disposable() }, unmodelled),
    env: withFallback('env', { clipboard: { writeText: async () => undefined, readText: async () => '' }, openExternal: async () => true }, unmodelled),
  };

  const workbench: Workbench = {
    renders,
    renderMsSoFar: () => renderMsSoFar,
    unmodelled,
    whenRendered(test) {
      const done = renders.find(test);
      if (done) return Promise.resolve(done);
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
    expand(label: string) {
      expandedLabels.add(label);
      for (const schedule of renderNow) schedule();
    },
    async executeCommand(command: string, ...args: unknown[]) {
      const handler = commandHandlers.get(command);
      if (!handler) throw new Error(`no command ${command} is registered`);
      return handler(...args);
    },
    createContext(extensionPath: string) {
      const extensionUri = Uri.file(extensionPath);
      return withFallback(
        'ExtensionContext',
        {
          subscriptions: [] as Array<{ dispose(): unknown }>,
          globalState: memento(),
          workspaceState: memento(),
          secrets: secretStorage(),
          extensionUri,
          extensionPath,
          storageUri: undefined,
          globalStorageUri: Uri.file(`${extensionPath}/.bench-global-storage`),
          logUri: Uri.file(`${extensionPath}/.bench-logs`),
          extensionMode: 1,
          asAbsolutePath: (relativePath: string) => `${extensionPath}/${relativePath}`,
        },
        unmodelled,
      );
    },
  };
  return { vscode: withFallback('vscode', vscode, unmodelled), workbench };
}
