// The workspace-state copy of each form's draft: what a panel opened again after being closed
// starts from. (While a panel lives, the webview's own state is the fresher copy.)
import type * as vscode from 'vscode';
import { salvageDraft } from '../model/textEnable/draft';
import type { FormKind, TextEnableDraft } from '../model/textEnable/fields';

export class DraftStore {
  constructor(private readonly memento: vscode.Memento) {}

  static key(kind: FormKind): string {
    return `sinch.textEnable.draft.${kind}`;
  }

  get(kind: FormKind): TextEnableDraft | undefined {
    const stored = this.memento.get<unknown>(DraftStore.key(kind));
    return stored === undefined ? undefined : salvageDraft(stored);
  }

  async set(kind: FormKind, draft: TextEnableDraft): Promise<void> {
    await this.memento.update(DraftStore.key(kind), draft);
  }

  async clear(kind: FormKind): Promise<void> {
    await this.memento.update(DraftStore.key(kind), undefined);
  }
}
