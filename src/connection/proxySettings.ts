// The proxy VS Code uses, for our requests too: the `http.proxy` setting, else HTTPS_PROXY /
// HTTP_PROXY from the environment; hosts in `http.noProxy` and NO_PROXY go direct.
import * as vscode from 'vscode';
import type { ProxySettings } from '../api/index';

export function currentProxySettings(env: NodeJS.ProcessEnv = process.env): ProxySettings {
  const http = vscode.workspace.getConfiguration('http');
  const fromSetting = http.get<string>('proxy')?.trim();
  const url = fromSetting || env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || undefined;
  const noProxy = [...(http.get<string[]>('noProxy') ?? []), ...(env.NO_PROXY ?? env.no_proxy ?? '').split(',')].filter((entry) => entry.trim() !== '');
  return { url, noProxy };
}
