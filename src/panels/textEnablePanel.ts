// One webview panel per form kind: created by the commands, revealed again when it exists, and
// restored by the serializer after a window reload from the state the webview saved.
import * as vscode from 'vscode';
import { salvageDraft } from '../model/textEnable/draft';
import { emptyDraft, formTitle, type FormKind } from '../model/textEnable/fields';
import { SANDBOX_PROJECT_ID } from '../connection/sandboxOptions';
import { SubmissionLocks } from '../connection/submissionLock';
import type { ExtensionServices } from '../services';
import { DraftStore } from './draftStore';
import { TextEnableController, type FormOrders, type FormUi } from './textEnableController';
import { localResourceRoots, renderFormHtml } from './webviewHtml';

export const VIEW_TYPES: Readonly<Record<FormKind, string>> = {
  standard: 'sinch.textEnableForm',
  tollFree: 'sinch.textEnableTollFreeForm',
};

export function otherKind(kind: FormKind): FormKind {
  return kind === 'standard' ? 'tollFree' : 'standard';
}

export class TextEnablePanel implements vscode.Disposable {
  private static readonly open = new Map<FormKind, TextEnablePanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  readonly controller: TextEnableController;

  /** The open panel of a kind, if any (used by the commands and the integration tests). */
  static current(kind: FormKind): TextEnablePanel | undefined {
    return TextEnablePanel.open.get(kind);
  }

  /** Opens (or reveals) the form of `kind`, adding `numbers` to it. */
  static show(services: ExtensionServices, kind: FormKind, numbers: string[]): TextEnablePanel {
    const existing = TextEnablePanel.open.get(kind);
    if (existing) {
      existing.panel.reveal(undefined, false);
      existing.controller.addNumbers(numbers, existing.ready);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPES[kind], formTitle(kind), vscode.ViewColumn.Active, TextEnablePanel.options(services.context.extensionUri));
    const created = new TextEnablePanel(services, kind, panel, undefined);
    created.controller.addNumbers(numbers, false);
    return created;
  }

  /** Called by the serializer after a reload; `state` is whatever the webview last saved (untrusted). */
  static restore(services: ExtensionServices, kind: FormKind, panel: vscode.WebviewPanel, state: unknown): TextEnablePanel {
    TextEnablePanel.open.get(kind)?.dispose();
    panel.webview.options = TextEnablePanel.options(services.context.extensionUri);
    const draft = typeof state === 'object' && state !== null && 'draft' in state ? salvageDraft((state as { draft: unknown }).draft) : undefined;
    return new TextEnablePanel(services, kind, panel, draft);
  }

  static options(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    // No retainContextWhenHidden: the webview keeps its draft with setState, which costs nothing while hidden.
    return { enableScripts: true, localResourceRoots: localResourceRoots(extensionUri), enableFindWidget: true };
  }

  private constructor(
    services: ExtensionServices,
    readonly kind: FormKind,
    readonly panel: vscode.WebviewPanel,
    restoredDraft: ReturnType<typeof salvageDraft> | undefined,
  ) {
    TextEnablePanel.open.set(kind, this);
    const drafts = new DraftStore(services.context.workspaceState);
    this.controller = new TextEnableController({
      kind,
      post: (message) => {
        void this.panel.webview.postMessage(message).then(undefined, () => undefined);
      },
      connection: services.connection,
      drafts,
      refreshTree: () => services.refreshTree(),
      log: services.log,
      ui: vscodeFormUi(kind),
      moveToOtherForm: async (numbers) => {
        TextEnablePanel.show(services, otherKind(kind), numbers);
      },
      initialDraft: () => restoredDraft ?? drafts.get(kind) ?? emptyDraft(),
      now: () => new Date(),
      orders: ordersForForm(services),
      localListener: () => localListenerUrl(services),
      ...withSubmissionLocks(services.context),
    });
    panel.webview.html = renderFormHtml(panel.webview, services.context.extensionUri, kind);
    this.disposables.push(
      panel.webview.onDidReceiveMessage(async (raw: unknown) => {
        // `ready` arrives on each (re)load of the webview, e.g. after it was hidden.
        // Only a message that passed validation counts (the webview is untrusted input).
        if ((await this.controller.handle(raw)) === 'ready') this.ready = true;
      }),
      panel.onDidDispose(() => this.dispose()),
      // A hidden webview is torn down (its state kept by setState) and says `ready` again when
      // shown: queue numbers meanwhile instead of posting into the void.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      services.connection.onDidChange(() => {
        void panel.webview.postMessage({ type: 'connection', connection: this.controller.connectionInfo() });
      }),
      // The results follow their orders as "Hosting Orders" fetches them (a hidden webview catches up on `ready`).
      services.hostingOrders.onDidChangeOrders(() => {
        if (this.ready) this.controller.ordersChanged();
      }),
    );
  }

  dispose(): void {
    if (TextEnablePanel.open.get(this.kind) === this) TextEnablePanel.open.delete(this.kind);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

function vscodeFormUi(kind: FormKind): FormUi {
  return {
    async confirmSplit(numberCount, orderCount) {
      const send = `Send ${orderCount} orders`;
      const answer = await vscode.window.showWarningMessage(
        `Text-enable ${numberCount} numbers as ${orderCount} orders?`,
        { modal: true, detail: 'Sinch takes at most 500 numbers per request, so each order is created separately. If one fails, its numbers stay in the form to send again.' },
        send,
      );
      return answer === send;
    },
    async writeClipboard(text) {
      await vscode.env.clipboard.writeText(text);
    },
    async saveFile(suggestedName, content) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = await vscode.window.showSaveDialog({
        title: 'Save the request as a REST Client .http file',
        filters: { 'HTTP requests': ['http', 'rest'] },
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, suggestedName) } : {}),
      });
      if (!target) return undefined;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      return target.scheme === 'file' ? target.fsPath : target.toString();
    },
    async confirmResend(question, detail) {
      const send = 'Send Again';
      return (await vscode.window.showWarningMessage(question, { modal: true, detail }, send)) === send;
    },
    withProgress(title, task) {
      return Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `${title} (${kind === 'standard' ? 'standard' : 'toll-free'})` }, task));
    },
  };
}

let windowLocks: SubmissionLocks | undefined;

/**
 * One lock store per window (both forms share its ID), in the global storage folder that every
 * window of this user data directory shares. None where that folder is not on disk.
 */
function withSubmissionLocks(context: vscode.ExtensionContext): { submissionLocks?: SubmissionLocks } {
  if (context.globalStorageUri.scheme !== 'file') return {};
  windowLocks ??= new SubmissionLocks({ dir: vscode.Uri.joinPath(context.globalStorageUri, 'submissions').fsPath });
  return { submissionLocks: windowLocks };
}

/** What a form tells "Hosting Orders": each created order, and "Track order" reveals it. */
export function ordersForForm(services: ExtensionServices): FormOrders {
  return {
    track: (id, request) => {
      // The form told the user these numbers are now being hosted: not news at the next refresh.
      services.noteNumberStates((request.numbers ?? []).map((phoneNumber) => ({ phoneNumber, globalProcessState: 'GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS' })));
      return services.hostingOrders.track(id, request);
    },
    reveal: (id) => services.hostingOrders.reveal(id),
    summary: (id) => services.hostingOrders.summary(id),
  };
}

/**
 * "Use the local listener": starts the callback listener and gives the form its URL. The sandbox
 * runs in the extension host and reaches the listener directly; Sinch needs the port exposed.
 */
async function localListenerUrl(services: ExtensionServices): Promise<{ url: string; message: string }> {
  const address = await services.callbacks.start();
  if (services.connection.current()?.projectId === SANDBOX_PROJECT_ID) {
    return { url: address.localUrl, message: 'The sandbox will deliver this order\'s callbacks to the local listener: watch the Callbacks view.' };
  }
  return {
    url: address.externalUrl,
    message: 'Sinch cannot reach this machine\'s listener by itself: forward the port (Ports view) or run a tunnel and put its https URL here (see the README).',
  };
}
