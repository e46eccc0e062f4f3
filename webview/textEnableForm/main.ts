// Entry of the text-enable form webview (both kinds; <body data-kind> says which).
// The UI toolkit is used here only: it is deprecated upstream, so nothing outside webview/ depends on it.
import './zodConfig';
import type { HostToWebview } from '../../src/model/webviewMessages';
import { TextEnableForm } from './form';
import { settle } from './rpc';
import { keepSelectAllLocal } from './selectAll';
import { vscode } from './vscodeApi';

async function start(): Promise<void> {
  // A dynamic import because the toolkit is an ES module and the project typechecks as CommonJS;
  // esbuild inlines it into the one bundle all the same.
  const t = await import('@vscode/webview-ui-toolkit');
  t.provideVSCodeDesignSystem().register(
    t.vsCodeButton(), t.vsCodeCheckbox(), t.vsCodeDivider(), t.vsCodeDropdown(), t.vsCodeOption(), t.vsCodeProgressRing(),
    t.vsCodeRadio(), t.vsCodeRadioGroup(), t.vsCodeTextArea(), t.vsCodeTextField(),
  );
  const kind = document.body.dataset.kind === 'tollFree' ? 'tollFree' : 'standard';
  const root = document.getElementById('app');
  if (!root) return;
  keepSelectAllLocal(document);
  const form = new TextEnableForm(kind, root);
  window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
    const message = event.data;
    if (typeof message !== 'object' || message === null || typeof message.type !== 'string') return;
    if (!settle(message)) form.onMessage(message);
  });
  vscode.postMessage({ type: 'ready' });
}

void start();
