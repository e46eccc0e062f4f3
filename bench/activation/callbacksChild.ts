// The extension host's side of the callback listener benchmark: the production bundle activated
// with the stub (vscode), the listener started by its command, the Callbacks view rendered by the
// stub on every change as the workbench would. The parent sends the deliveries from its own
// process; this one measures its event loop's delay meanwhile (perf_hooks) and says when every
// delivery is listed. Talks to the parent in JSON lines on stdout / stdin.
import { createRequire } from 'node:module';
import * as net from 'node:net';
import { dirname } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createVscodeStub } from './vscodeStub';

export interface CallbacksChildInput {
  extensionJs: string;
  projectId: string;
  secret: string;
  deliveries: number;
}

export interface CallbacksChildResult {
  /** Epoch ms when the Callbacks view first listed every delivery. */
  listedAt: number;
  listed: number;
  lagMaxMs: number;
  lagP99Ms: number;
  lagMeanMs: number;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.env.BENCH_CALLBACKS ?? '') as CallbacksChildInput;
  const port = await freePort();
  const { vscode, workbench } = createVscodeStub({ settings: { 'callbacks.port': port }, viewVisible: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = Module._load;
  Module._load = function load(this: unknown, request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
  };
  const requireBundle = createRequire(input.extensionJs);
  const extension = requireBundle(input.extensionJs) as { activate(context: unknown): unknown; deactivate?(): Promise<void> | void };
  const context = workbench.createContext(dirname(dirname(input.extensionJs))) as { secrets: { store(key: string, value: string): Promise<void> } };
  await context.secrets.store(`sinch.callbackSecret/${input.projectId}`, input.secret);
  extension.activate(context);
  await workbench.executeCommand('sinch.startCallbackListener');

  const lag = monitorEventLoopDelay({ resolution: 1 });
  lag.enable();
  // The Callbacks view (the only tree with rows here: nobody is signed in) lists them all.
  const listed = workbench.whenRendered((render) => render.items.length >= input.deliveries);
  process.stdout.write(`${JSON.stringify({ ready: true, url: `http://127.0.0.1:${port}/` })}\n`);
  const render = await listed;
  const listedAt = performance.timeOrigin + render.at;
  // The parent says when its last answer came; the lag is measured until then, and until listed.
  await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));
  lag.disable();
  const result: CallbacksChildResult = { listedAt, listed: render.items.length, lagMaxMs: lag.max / 1e6, lagP99Ms: lag.percentile(99) / 1e6, lagMeanMs: lag.mean / 1e6 };
  await extension.deactivate?.();
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
