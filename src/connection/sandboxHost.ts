// The offline sandbox running inside the extension host: started on demand (never on the
// activation path), stopped on sign-in to a real profile and on deactivate. Its voice calls show
// up as notifications, the way the phone would "say" the code.
import * as path from 'path';
import * as vscode from 'vscode';
import { formatNanp } from '../model/phone';
import type * as SandboxModule from '../sandbox/index';
import type { RunningSandbox, SandboxEvent } from '../sandbox/index';
import { sandboxOptionsFromEnv, type Env } from './sandboxOptions';

export class SandboxHost implements vscode.Disposable {
  private sandbox: RunningSandbox | undefined;
  private starting: Promise<RunningSandbox> | undefined;
  private subscription: { dispose(): void } | undefined;
  private disposed = false;
  private callbackSecret: (() => Promise<string | undefined>) | undefined;
  private readonly changed = new vscode.EventEmitter<SandboxEvent>();
  /** Every sandbox event (voice calls, hosting orders, callbacks). */
  readonly onEvent = this.changed.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly env: Env = process.env,
  ) {}

  /** Where the sandbox gets its callback secret at start: the inspector's, so its deliveries verify. */
  useCallbackSecret(source: () => Promise<string | undefined>): void {
    this.callbackSecret = source;
  }

  get running(): RunningSandbox | undefined {
    return this.sandbox;
  }

  /** Starts the sandbox once; concurrent callers share the start. */
  start(): Promise<RunningSandbox> {
    if (this.sandbox) return Promise.resolve(this.sandbox);
    this.starting ??= this.launch().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  async stop(): Promise<void> {
    const sandbox = this.sandbox ?? (await this.starting?.catch(() => undefined));
    this.sandbox = undefined;
    this.subscription?.dispose();
    this.subscription = undefined;
    if (sandbox) {
      await sandbox.close();
      // At window close the log channel may already be gone.
      if (!this.disposed) this.log.info('Offline sandbox stopped');
    }
  }

  dispose(): void {
    this.disposed = true;
    void this.stop();
    this.changed.dispose();
  }

  private async launch(): Promise<RunningSandbox> {
    const options = sandboxOptionsFromEnv(this.env);
    options.callbackSecret = await this.callbackSecret?.().catch(() => undefined);
    const sandbox = await loadSandbox().startSandbox(options);
    this.subscription = sandbox.onEvent((event) => this.handle(event));
    this.sandbox = sandbox;
    this.log.info(`Offline sandbox listening on ${sandbox.url} (${options.clock} clock)`);
    return sandbox;
  }

  private handle(event: SandboxEvent): void {
    if (event.type === 'voiceCall') {
      // What the caller "said" is the point of the call, so it goes in the notification; it is a
      // sandbox code, not a credential.
      void vscode.window.showInformationMessage(`Sandbox call to ${formatNanp(event.phoneNumber)}: the caller said ${event.code}`);
    } else if (event.type === 'hostingOrder') {
      this.log.info(`Sandbox hosting order ${event.hostingOrderId} is now ${event.state}`);
    }
    this.changed.fire(event);
  }
}

/**
 * The sandbox is a bundle of its own (dist/sandboxServer.js beside dist/extension.js, see
 * scripts/build.mjs), required on first use: activation never loads its ~45 KB, and the
 * extension bundle stays within its size budget (BENCHMARKS.md).
 */
function loadSandbox(): typeof SandboxModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file chosen at run time, not bundled
  return require(path.join(__dirname, 'sandboxServer.js')) as typeof SandboxModule;
}
