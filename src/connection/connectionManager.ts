// Who the extension talks to: nobody, a signed-in profile, or the offline sandbox. Implements the
// ConnectionService the views, commands and panels share, and keeps the context keys
// (`sinch.connected`, `sinch.sandbox`, `sinch.connecting`) that drive viewsWelcome and menus.
import * as vscode from 'vscode';
import { createClient } from '../api/index';
import type { AuthMethod, RequestLogEntry } from '../api/config';
import type { QualifiedNumbersApi } from '../api/types';
import type { Profile, StoredCredentials } from '../model/profiles';
import type { SnippetTarget } from '../model/textEnable/endpoints';
import { createRedactor } from '../model/redact';
import type { RunningSandbox } from '../sandbox/index';
import type { ConnectionService } from '../services';
import { confirmCredentialHosts } from './hostConsent';
import type { ProfileStore } from './profileStore';
import { currentProxySettings } from './proxySettings';
import { createRedactedClient, logRequest } from './redactedClient';
import { SANDBOX_CREDENTIALS, SANDBOX_PROJECT_ID, SANDBOX_RETRY_BASE_DELAY_MS } from './sandboxOptions';
import type { SandboxHost } from './sandboxHost';
import { affects, currentSettings } from './settings';

export type Connection =
  | { kind: 'none' }
  /** `credentials`: the key the client uses, to tell whether another window changed it. */
  | { kind: 'profile'; profile: Profile; credentials: StoredCredentials; client: QualifiedNumbersApi }
  | { kind: 'sandbox'; sandbox: RunningSandbox; client: QualifiedNumbersApi };

export interface ClientRequest {
  projectId: string;
  credentials: StoredCredentials;
  authMethod: AuthMethod;
  /** Defaults to the base URL settings. */
  baseUrl?: string;
  authBaseUrl?: string;
}

export class ConnectionManager implements ConnectionService, vscode.Disposable {
  private connection: Connection = { kind: 'none' };
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  /**
   * Every log line and error message passes through it: the key ID and secret of each client made
   * here (in every encoding they travel in) and each access token never reach the log or a notification.
   */
  readonly redactor = createRedactor();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    private readonly profiles: ProfileStore,
    private readonly sandboxHost: SandboxHost,
  ) {
    void this.setContextKeys();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        const proxyChanged = event.affectsConfiguration('http.proxy') || event.affectsConfiguration('http.noProxy');
        if (this.connection.kind === 'profile' && (affects(event, 'apiBaseUrl', 'authBaseUrl') || proxyChanged)) void this.reconnectProfile();
      }),
    );
  }

  get state(): Connection {
    return this.connection;
  }

  current(): QualifiedNumbersApi | undefined {
    return this.connection.kind === 'none' ? undefined : this.connection.client;
  }

  async ensureClient(): Promise<QualifiedNumbersApi | undefined> {
    if (this.current()) return this.current();
    const signIn = 'Sign In';
    const sandbox = 'Use Offline Sandbox';
    const choice = await vscode.window.showInformationMessage('Connect to Sinch first: sign in with an access key, or try the offline sandbox.', signIn, sandbox);
    if (choice === signIn) await vscode.commands.executeCommand('sinch.signIn');
    if (choice === sandbox) await vscode.commands.executeCommand('sinch.useSandbox');
    return this.current();
  }

  describe(): string {
    switch (this.connection.kind) {
      case 'none':
        return 'not connected';
      case 'sandbox':
        return `offline sandbox (${this.connection.sandbox.url})`;
      case 'profile':
        return `profile ${this.connection.profile.name} (project ${this.connection.profile.projectId})`;
    }
  }

  snippetTarget(): SnippetTarget {
    if (this.connection.kind === 'sandbox') {
      const url = this.connection.sandbox.url;
      return { baseUrl: url, authBaseUrl: url, sandbox: { projectId: SANDBOX_PROJECT_ID, ...SANDBOX_CREDENTIALS } };
    }
    const settings = currentSettings();
    return { baseUrl: settings.apiBaseUrl, authBaseUrl: settings.authBaseUrl };
  }

  /**
   * A client for these credentials, logging each request (redacted). Asks before sending
   * credentials to a host that is neither Sinch nor loopback; undefined when the user says no.
   * Throws SinchApiError 'invalid-input' for an unusable base URL.
   */
  async createClient(request: ClientRequest): Promise<QualifiedNumbersApi | undefined> {
    const settings = currentSettings();
    const baseUrl = request.baseUrl ?? settings.apiBaseUrl;
    const authBaseUrl = request.authBaseUrl ?? settings.authBaseUrl;
    const urls = request.authMethod === 'oauth2' ? [baseUrl, authBaseUrl] : [baseUrl];
    // Built first: it refuses plain http off loopback (and other unusable URLs) before the user is
    // asked to trust a host. Nothing is sent until the client is used.
    // Registers the key with the redactor as it makes the client (see redactedClient.ts).
    const client = createRedactedClient(
      {
        projectId: request.projectId,
        credentials: { keyId: request.credentials.keyId, keySecret: request.credentials.keySecret },
        auth: request.authMethod,
        baseUrl,
        authBaseUrl,
        proxy: currentProxySettings(),
      },
      this.redactor,
      this.log,
    );
    if (!(await confirmCredentialHosts(this.context.globalState, urls))) return undefined;
    return client;
  }

  /** Switches to a profile (stopping the sandbox). False when the user declined the host. */
  async connectProfile(profile: Profile, credentials: StoredCredentials): Promise<boolean> {
    const client = await this.createClient({ projectId: profile.projectId, credentials, authMethod: profile.authMethod });
    if (!client) return false;
    await this.sandboxHost.stop();
    await this.profiles.setActive(profile.name);
    this.set({ kind: 'profile', profile, credentials, client });
    this.log.info(`Connected: ${this.describe()}`);
    return true;
  }

  /** Starts the built-in sandbox (if needed) and connects to it; no account, no stored secrets. */
  async connectSandbox(): Promise<RunningSandbox> {
    if (this.connection.kind === 'sandbox') return this.connection.sandbox;
    let started: RunningSandbox | undefined;
    await this.withConnecting(async () => {
      const sandbox = await this.sandboxHost.start();
      const client = createClient({
        projectId: SANDBOX_PROJECT_ID,
        credentials: { ...SANDBOX_CREDENTIALS },
        auth: 'oauth2',
        baseUrl: sandbox.url,
        authBaseUrl: sandbox.url,
        // The sandbox runs in this process: its 429s and 5xx are scripted faults, not load, so
        // backing off as from Sinch's servers would only make trying them slow. Which requests
        // are retried, how often, and Retry-After are unchanged.
        retryBaseDelayMs: SANDBOX_RETRY_BASE_DELAY_MS,
        onRequest: (entry) => this.logRequest(entry),
        // Loopback: never proxied, whatever the settings say (proxy.ts).
        proxy: currentProxySettings(),
      });
      await this.profiles.setActive(undefined);
      this.set({ kind: 'sandbox', sandbox, client });
      this.log.info(`Connected: ${this.describe()}`);
      started = sandbox;
    });
    if (!started) throw new Error('The offline sandbox did not start.');
    return started;
  }

  async disconnect(): Promise<void> {
    const was = this.connection;
    this.set({ kind: 'none' });
    if (was.kind === 'sandbox') await this.sandboxHost.stop();
    await this.profiles.setActive(undefined);
    this.redactor.clear();
  }

  /** Reconnects to the profile that was active last time. Runs after activation, never during it. */
  async restore(): Promise<void> {
    const profile = this.profiles.activeProfile();
    if (!profile || this.connection.kind !== 'none') return;
    await this.withConnecting(async () => {
      let credentials;
      try {
        credentials = await this.profiles.credentials(profile.name);
      } catch (error) {
        // No keyring on this start: tell the user how to fix it instead of failing quietly.
        const words = this.redactor.redact(error instanceof Error ? error.message : String(error));
        this.log.error(`Could not reconnect profile ${profile.name}: ${words}`);
        void vscode.window.showErrorMessage(`Could not reconnect Sinch profile "${profile.name}": ${words}`);
        return;
      }
      if (!credentials) {
        this.log.warn(`Profile ${profile.name} has no stored key; sign in again.`);
        return;
      }
      if (this.connection.kind !== 'none') return;
      try {
        await this.connectProfile(profile, credentials);
      } catch (error) {
        this.log.error(`Could not reconnect profile ${profile.name}: ${this.redactor.redact(error instanceof Error ? error.message : String(error))}`);
      }
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async reconnectProfile(): Promise<void> {
    if (this.connection.kind !== 'profile') return;
    const profile = this.connection.profile;
    const credentials = await this.profiles.credentials(profile.name);
    try {
      if (!credentials || !(await this.connectProfile(profile, credentials))) await this.disconnect();
    } catch (error) {
      // In words before disconnecting, which forgets what the redactor knows.
      const words = this.redactor.redact(error instanceof Error ? error.message : String(error));
      await this.disconnect();
      void vscode.window.showErrorMessage(`Disconnected from Sinch: ${words}`);
    }
  }

  private logRequest(entry: RequestLogEntry): void {
    logRequest(entry, this.redactor, this.log);
  }

  private async withConnecting(work: () => Promise<void>): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'sinch.connecting', true);
    try {
      await work();
    } finally {
      await vscode.commands.executeCommand('setContext', 'sinch.connecting', false);
    }
  }

  private set(connection: Connection): void {
    this.connection = connection;
    void this.setContextKeys();
    this.changed.fire();
  }

  private async setContextKeys(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'sinch.connected', this.connection.kind !== 'none');
    await vscode.commands.executeCommand('setContext', 'sinch.sandbox', this.connection.kind === 'sandbox');
  }
}
