// Entry of the text-enable form webview (both kinds; <body data-kind> says which).
// The UI toolkit is used here only: it is deprecated upstream, so nothing outside webview/ depends on it.
// An ES module (.mts) because the toolkit is one: a static import lets esbuild keep only the
// components registered below (a dynamic import kept all of FAST's, ~150 KB more).
import './zodConfig.js';
import { provideVSCodeDesignSystem, vsCodeButton, vsCodeCheckbox, vsCodeDivider, vsCodeDropdown, vsCodeOption, vsCodeProgressRing, vsCodeRadio, vsCodeRadioGroup, vsCodeTextArea, vsCodeTextField } from '@vscode/webview-ui-toolkit';
import type { HostToWebview } from '../../src/model/webviewMessages.js';
import { TextEnableForm } from './form.js';
import { settle } from './rpc.js';
import { keepSelectAllLocal } from './selectAll.js';
import { vscode } from './vscodeApi.js';

function start(): void {
  // Marks for the bench (BENCHMARKS.md, "Form"): where a reveal's time goes inside the webview.
  performance.mark('sinch:start');
  // Only the components the forms use (allComponents would bring every one back).
  provideVSCodeDesignSystem().register(
    vsCodeButton(), vsCodeCheckbox(), vsCodeDivider(), vsCodeDropdown(), vsCodeOption(), vsCodeProgressRing(),
    vsCodeRadio(), vsCodeRadioGroup(), vsCodeTextArea(), vsCodeTextField(),
  );
  performance.mark('sinch:registered');
  const kind = document.body.dataset.kind === 'tollFree' ? 'tollFree' : 'standard';
  const root = document.getElementById('app');
  if (!root) return;
  keepSelectAllLocal(document);
  const form = new TextEnableForm(kind, root);
  performance.mark('sinch:rendered');
  requestAnimationFrame(() => performance.mark('sinch:frame'));
  window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
    const message = event.data;
    if (typeof message !== 'object' || message === null || typeof message.type !== 'string') return;
    if (!settle(message)) form.onMessage(message);
  });
  vscode.postMessage({ type: 'ready', shownOrders: form.shownOrderIds() });
}

start();
