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

export interface SendOptions {
  /** Sign with this secret instead of the sandbox's (test deliveries with a bad signature). */
  signWith?: string;
}

export class CallbackSender {
  private readonly inFlight = new Set<AbortController>();

  constructor(private readonly emit: (event: SandboxEvent) => void, private secret?: string) {}

  /** A new secret applies to the next delivery (the extension hands over the inspector's). */
  setSecret(secret: string | undefined): void {
    this.secret = secret || undefined;
  }

  /** Resolves with the receiver's status (or 'error') once the delivery is over; never rejects. */
  send(url: string, payload: CallbackEvent, options: SendOptions = {}): Promise<number | 'error'> {
    const body = JSON.stringify(payload);
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'User-Agent': 'sinch-sandbox-callbacks/1' };
    const secret = options.signWith ?? this.secret;
    if (secret) headers['X-Sinch-Signature'] = signBody(secret, body);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), DELIVERY_TIMEOUT_MS);
    this.inFlight.add(controller);
    return fetch(url, { method: 'POST', headers, body, signal: controller.signal })
      .then(async (res) => {
        await res.arrayBuffer().catch(() => undefined);
        this.emit({ type: 'callback', url, status: res.status, body });
        return res.status;
      })
      .catch(() => {
        this.emit({ type: 'callback', url, status: 'error', body });
        return 'error' as const;
      })
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
