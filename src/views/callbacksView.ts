// The "Callbacks" view: adapts the inspector's received callbacks (src/model/callbacks) to a
// TreeDataProvider, newest first. A row opens its read-only document; the context value tells
// events from malformed deliveries so menus can offer Replay on both.
import * as vscode from 'vscode';
import type { CallbackInspector } from '../inspector/callbackInspector';
import { callbackCore } from '../inspector/callbackCore';
import type { CallbackRecord, SendOutcome } from '../model/callbacks/record';

export const CALLBACKS_VIEW_ID = 'sinch.callbacks';

export class CallbacksView implements vscode.TreeDataProvider<CallbackRecord>, vscode.Disposable {
  readonly treeView: vscode.TreeView<CallbackRecord>;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[];
  /** What a row's words depend on besides the fixed fields: more deliveries, a send, the day ("Jan 6, …" after midnight). */
  private readonly items = new WeakMap<CallbackRecord, { item: vscode.TreeItem; day: number; deliveries: number; sends: number; lastSend: SendOutcome | undefined }>();

  constructor(private readonly inspector: CallbackInspector) {
    this.treeView = vscode.window.createTreeView(CALLBACKS_VIEW_ID, { treeDataProvider: this });
    this.disposables = [
      this.treeView,
      this.changed,
      inspector.onDidChange(() => this.update()),
      inspector.onDidChangeListening(() => this.update()),
    ];
  }

  getChildren(element?: CallbackRecord): CallbackRecord[] {
    return element ? [] : [...this.inspector.inbox.list()];
  }

  getTreeItem(record: CallbackRecord): vscode.TreeItem {
    // VS Code asks for every row on each change (one per 50 ms in a burst): a row is built again
    // only when its record or the day changed, so a burst costs its new rows, not all rows each time.
    const now = Date.now();
    const day = localDay(now);
    const last = record.sends[record.sends.length - 1];
    const known = this.items.get(record);
    if (known && known.day === day && known.deliveries === record.deliveries && known.sends === record.sends.length && known.lastSend === last) return known.item;
    const item = this.buildItem(record, now);
    this.items.set(record, { item, day, deliveries: record.deliveries, sends: record.sends.length, lastSend: last });
    return item;
  }

  /** The tooltip when the pointer rests on the row (VS Code asks for an item without one). */
  resolveTreeItem(item: vscode.TreeItem, record: CallbackRecord): vscode.TreeItem {
    item.tooltip ??= new vscode.MarkdownString(callbackCore().callbackTooltip(record, Date.now()));
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private buildItem(record: CallbackRecord, now: number): vscode.TreeItem {
    const row = callbackCore().callbackLine(record, now);
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = record.id;
    item.description = row.description;
    item.iconPath = new vscode.ThemeIcon(row.icon.id, row.icon.color ? new vscode.ThemeColor(row.icon.color) : undefined);
    item.contextValue = record.event ? 'callback.event' : 'callback.malformed';
    item.command = { command: 'sinch.showCallback', title: 'Show Callback', arguments: [record] };
    return item;
  }

  private update(): void {
    const count = this.inspector.inbox.size;
    const address = this.inspector.address;
    this.treeView.description = `${address ? `listening on :${address.port}` : 'not listening'}${count > 0 ? ` · ${count}` : ''}`;
    this.changed.fire();
  }
}


let dayCache: { from: number; to: number; day: number } | undefined;

/** The local day of `now` as a number, worked out once per day rather than once per row. */
function localDay(now: number): number {
  if (dayCache && now >= dayCache.from && now < dayCache.to) return dayCache.day;
  const d = new Date(now);
  const from = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const to = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  dayCache = { from, to, day: from };
  return from;
}
