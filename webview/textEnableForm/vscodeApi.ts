// The one handle on VS Code from inside the webview: messages out, state kept across hide/reload.
import type { WebviewPersistedState, WebviewToHost } from '../../src/model/webviewMessages';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: WebviewPersistedState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export const vscode: VsCodeApi = acquireVsCodeApi();
