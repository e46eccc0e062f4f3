// A text-enable form controller (the host side of the webview) wired to a real client and
// sandbox, with everything it could touch recorded: what it posts to the webview, stores, copies,
// saves, moves and refreshes. No `vscode` is needed: the controller takes its UI as an interface.
import type { QualifiedNumbersApi } from '../../../src/api/types';
import { emptyDraft, type FormKind, type TextEnableDraft } from '../../../src/model/textEnable/fields';
import { SINCH_TARGET } from '../../../src/model/textEnable/endpoints';
import type { HostToWebview } from '../../../src/model/webviewMessages';
import { DraftStore } from '../../../src/panels/draftStore';
import { TextEnableController, type ControllerDeps } from '../../../src/panels/textEnableController';
import type { ConnectionService } from '../../../src/services';
import { draftWithNumbers } from '../../fixtures/textEnableDrafts';
import { MemoryMemento } from '../../fixtures/memoryMemento';

export { MemoryMemento };


export interface Recorded {
  controller: TextEnableController;
  posts: HostToWebview[];
  memento: MemoryMemento;
  clipboard: string[];
  saved: string[];
  moved: string[][];
  refreshes: number;
  logs: string[];
  confirmations: number;
  /** Questions asked before sending again what another window sent. */
  resendQuestions: string[];
}

export interface ControllerOptions {
  kind?: FormKind;
  client: QualifiedNumbersApi | undefined;
  /** Answer to the split confirmation; may wait (a modal dialog the user has not answered yet). */
  confirmSplit?: () => Promise<boolean>;
  /** This window's share of the cross-window lock (src/connection/submissionLock.ts). */
  submissionLocks?: ControllerDeps['submissionLocks'];
  /** Answer to "send it again?" (default: no). */
  confirmResend?: (question: string) => Promise<boolean>;
}

export function recordedController(options: ControllerOptions): Recorded {
  const kind = options.kind ?? 'standard';
  const memento = new MemoryMemento();
  const r = { posts: [], memento, clipboard: [], saved: [], moved: [], refreshes: 0, logs: [], confirmations: 0, resendQuestions: [] } as unknown as Recorded;
  const connection: ConnectionService = {
    current: () => options.client,
    ensureClient: async () => options.client,
    describe: () => 'reliability sandbox',
    snippetTarget: () => SINCH_TARGET,
    onDidChange: () => ({ dispose: () => undefined }),
  };
  r.controller = new TextEnableController({
    kind,
    post: (m) => r.posts.push(m),
    connection,
    drafts: new DraftStore(memento),
    refreshTree: () => {
      r.refreshes++;
    },
    log: { info: (m) => r.logs.push(m), warn: (m) => r.logs.push(m), error: (m) => r.logs.push(m) },
    ui: {
      confirmSplit: async () => {
        r.confirmations++;
        return options.confirmSplit ? options.confirmSplit() : true;
      },
      writeClipboard: async (text) => {
        r.clipboard.push(text);
      },
      saveFile: async (_name, content) => {
        r.saved.push(content);
        return '/tmp/saved.http';
      },
      withProgress: (_title, task) => task(),
      confirmResend: async (question) => {
        r.resendQuestions.push(question);
        return options.confirmResend ? options.confirmResend(question) : false;
      },
    },
    moveToOtherForm: async (numbers) => {
      r.moved.push(numbers);
    },
    initialDraft: () => new DraftStore(memento).get(kind) ?? emptyDraft(),
    now: () => new Date('2030-06-01T12:00:00.000Z'),
    ...(options.submissionLocks ? { submissionLocks: options.submissionLocks } : {}),
  });
  return r;
}

/** The response the controller posted for a request id. */
export function responseTo(r: Recorded, requestId: number): Extract<HostToWebview, { type: 'response' }> | undefined {
  return r.posts.find((p): p is Extract<HostToWebview, { type: 'response' }> => p.type === 'response' && p.requestId === requestId);
}

/** A complete standard draft for these numbers (the sandbox accepts it for VERIFIED US numbers). */
export function standardDraft(numbers: string[], overrides: Partial<TextEnableDraft> = {}): TextEnableDraft {
  return draftWithNumbers(numbers, overrides);
}
