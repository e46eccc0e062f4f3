// The "Callbacks" view: adapts the inspector's received callbacks (src/model/callbacks) to a
// TreeDataProvider, newest first. A row opens its read-only document; the context value tells
// events from malformed deliveries so menus can offer Replay on both.
import * as vscode from 'vscode';
import type { CallbackInspector } from '../inspector/callbackInspector';
import { callbackCore } from '../inspector/callbackCore';
import type { CallbackRecord } from '../model/callbacks/record';

export const CALLBACKS_VIEW_ID = 'sinch.callbacks';

export class CallbacksView implements vscode.TreeDataProvider<CallbackRecord>, vscode.Disposable {
  readonly treeView: vscode.TreeView<CallbackRecord>;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[];

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
    const row = callbackCore().callbackRow(record, Date.now());
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = record.id;
    item.description = row.description;
    item.tooltip = new vscode.MarkdownString(row.tooltip);
    item.iconPath = new vscode.ThemeIcon(row.icon.id, row.icon.color ? new vscode.ThemeColor(row.icon.color) : undefined);
    item.contextValue = record.event ? 'callback.event' : 'callback.malformed';
    item.command = { command: 'sinch.showCallback', title: 'Show Callback', arguments: [record] };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private update(): void {
    const count = this.inspector.inbox.size;
    const address = this.inspector.address;
    this.treeView.description = `${address ? `listening on :${address.port}` : 'not listening'}${count > 0 ? ` · ${count}` : ''}`;
    this.changed.fire();
  }
}
