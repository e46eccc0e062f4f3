// Delivers hosting callbacks: a POST of the JSON event to the order's callbackUrl, signed with
// HMAC-SHA1 of the raw body (hex, X-Sinch-Signature) when a secret is set. One attempt per event;
// failures become 'callback' events with status 'error' and never reach the caller.
import { createHmac } from 'node:crypto';
import type { CallbackEvent } from '../api/types';
import type { SandboxEvent } from './contract';

const DELIVERY_TIMEOUT_MS = 5_000;

export function signBody(secret: string, rawBody: string): string {
  return createHmac('sha1', secret).update(rawBody, 'utf8').digest('hex');
}

export class CallbackSender {
  private readonly inFlight = new Set<AbortController>();

  constructor(private readonly emit: (event: SandboxEvent) => void, private readonly secret?: string) {}

  send(url: string, payload: CallbackEvent): void {
    const body = JSON.stringify(payload);
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'User-Agent': 'sinch-sandbox-callbacks/1' };
    if (this.secret) headers['X-Sinch-Signature'] = signBody(this.secret, body);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), DELIVERY_TIMEOUT_MS);
    this.inFlight.add(controller);
    fetch(url, { method: 'POST', headers, body, signal: controller.signal })
      .then(async (res) => {
        await res.arrayBuffer().catch(() => undefined);
        this.emit({ type: 'callback', url, status: res.status, body });
      })
      .catch(() => this.emit({ type: 'callback', url, status: 'error', body }))
      .finally(() => {
        clearTimeout(timer);
        this.inFlight.delete(controller);
      });
  }

  /** Abandons deliveries still under way (on close). */
  abortAll(): void {
    for (const c of this.inFlight) c.abort();
    this.inFlight.clear();
  }
}
