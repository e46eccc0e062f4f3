// The extension's settings, read through one getter so the rules (defaults, bounds, which hosts
// may receive credentials) are plain code with tests. The vscode side passes
// `workspace.getConfiguration('sinch').get`.
import type { AuthMethod } from '../api/config';
import { DEFAULT_AUTH_BASE_URL, DEFAULT_BASE_URL } from '../api/config';
import type { OrderBy, RegionCode } from '../api/types';
import type { NotifyOnStateChange } from './tree/stateChanges';

export interface SinchSettings {
  authMethod: AuthMethod;
  apiBaseUrl: string;
  authBaseUrl: string;
  pageSize: number;
  /** Undefined lists both regions. */
  regionFilter?: RegionCode;
  orderBy: OrderBy;
  /** 0 turns auto-refresh off. */
  autoRefreshSeconds: number;
  sandboxAutoStart: boolean;
  /** Which number state changes a refresh tells about. */
  notifyOnStateChange: NotifyOnStateChange;
  /** Loopback port of the built-in sandbox; 0 picks a free one. */
  sandboxPort: number;
}

export const PAGE_SIZE_BOUNDS = { min: 1, max: 100, default: 50 } as const;
export const AUTO_REFRESH_BOUNDS = { min: 5, max: 3600, default: 30 } as const;

export type SettingGetter = (key: string) => unknown;

/**
 * Settings a workspace must not decide: where credentials go and how (the base URLs, the auth
 * method), and which connection the window opens with (a cloned repository's
 * `.vscode/settings.json` must not move a signed-in user to the sandbox), and where callbacks are
 * forwarded. `application` scope in package.json; read from the user's settings only (the callback
 * inspector reads `callbacks.forwardTo` itself, the same way). A new setting of this kind joins this list.
 */
export const USER_ONLY_SETTINGS: readonly string[] = ['authMethod', 'apiBaseUrl', 'authBaseUrl', 'sandbox.autoStart', 'callbacks.forwardTo'];

/** What `WorkspaceConfiguration.inspect` reports, as far as the rule below needs it. */
export interface SettingInspection {
  defaultValue?: unknown;
  globalValue?: unknown;
}

/**
 * The getter the extension reads settings with: a user-only setting comes from the user's settings
 * (or its default), whatever a workspace or folder says, even if its scope were ever lost.
 */
export function userOnlyGetter(get: SettingGetter, inspect: (key: string) => SettingInspection | undefined): SettingGetter {
  return (key) => {
    if (!USER_ONLY_SETTINGS.includes(key)) return get(key);
    const seen = inspect(key);
    return seen?.globalValue !== undefined ? seen.globalValue : seen?.defaultValue;
  };
}

export function readSettings(get: SettingGetter): SinchSettings {
  const region = get('regionFilter');
  const order = get('orderBy');
  const refresh = numberOr(get('autoRefreshSeconds'), AUTO_REFRESH_BOUNDS.default);
  const notify = get('notifyOnStateChange');
  return {
    authMethod: get('authMethod') === 'basic' ? 'basic' : 'oauth2',
    apiBaseUrl: stringOr(get('apiBaseUrl'), DEFAULT_BASE_URL),
    authBaseUrl: stringOr(get('authBaseUrl'), DEFAULT_AUTH_BASE_URL),
    pageSize: clamp(Math.round(numberOr(get('pageSize'), PAGE_SIZE_BOUNDS.default)), PAGE_SIZE_BOUNDS.min, PAGE_SIZE_BOUNDS.max),
    regionFilter: region === 'US' || region === 'CA' ? region : undefined,
    orderBy: order === 'createdTime' ? 'createdTime' : 'updatedTime',
    // 0 (or less) means off; otherwise at least every 5 s so a typo cannot hammer the API.
    autoRefreshSeconds: refresh <= 0 ? 0 : clamp(refresh, AUTO_REFRESH_BOUNDS.min, AUTO_REFRESH_BOUNDS.max),
    sandboxAutoStart: get('sandbox.autoStart') === true,
    notifyOnStateChange: notify === 'failures' || notify === 'off' ? notify : 'all',
    sandboxPort: readPort(get('sandbox.port')),
  };
}

export type HostKind = 'sinch' | 'loopback' | 'other';

/**
 * Where a base URL sends credentials: to Sinch, to this machine (the sandbox), or elsewhere. The
 * client refuses plain http off loopback; "other" hosts also need the user's one-time consent.
 */
export function hostKind(baseUrl: string): HostKind | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return 'loopback';
  if (url.protocol === 'https:' && (host === 'sinch.com' || host.endsWith('.sinch.com'))) return 'sinch';
  return 'other';
}

/** Hosts (lower-case origins) among the base URLs that are neither Sinch nor loopback. */
export function foreignOrigins(urls: readonly string[]): string[] {
  const origins = urls.filter((u) => hostKind(u) === 'other').map((u) => safeOrigin(u));
  return [...new Set(origins.filter((o): o is string => o !== undefined))];
}

function safeOrigin(raw: string): string | undefined {
  try {
    return new URL(raw).origin.toLowerCase();
  } catch {
    return undefined;
  }
}

/** A whole number from 1 to 65535; anything else (0, unset, nonsense) means a free port. */
function readPort(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 65536 ? value : 0;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
