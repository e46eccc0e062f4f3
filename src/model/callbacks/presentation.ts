// How a callback record reads: the view's row (label, description, tooltip, icon), the read-only
// document a row opens, and the exported JSON. Pure, so the words are tested without VS Code.
import { escapeMarkdown } from '../tree/markdown';
import { failureLine, failureWords, eventTypeWords, resourceWords, statusWords } from './words';
import { latestSend, rawBody, sendOutcomeWords, type CallbackRecord } from './record';
import { verdictPhrase } from './signature';

export interface CallbackRow {
  label: string;
  description: string;
  /** Markdown. */
  tooltip: string;
  /** Codicon id and theme colour id. */
  icon: { id: string; color?: string };
}

/**
 * Formatters made once: toLocaleTimeString builds one per call (~0.1 ms), and the Callbacks view
 * words every row on each render, so a burst of 5,000 deliveries spent seconds here (BENCHMARKS.md).
 */
const TIME = new Intl.DateTimeFormat('en-US', { hour12: false, hour: '2-digit', minute: '2-digit', second: '2-digit' });
const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "09:01:10" today, "Jan 6, 09:01:10" another day (local time, what the user reads). */
export function receivedWords(ms: number, now: number): string {
  const d = new Date(ms);
  const time = TIME.format(d);
  return sameLocalDay(new Date(now), d) ? time : `${DAY.format(d)}, ${time}`;
}

export function callbackRow(record: CallbackRecord, now: number): CallbackRow {
  return { ...callbackLine(record, now), tooltip: callbackTooltip(record, now) };
}

/** A row without its tooltip: the view builds tooltips on hover only (a burst lists hundreds of rows). */
export function callbackLine(record: CallbackRecord, now: number): Omit<CallbackRow, 'tooltip'> {
  const event = record.event;
  const parts: string[] = [];
  let label: string;
  if (event) {
    label = `${eventTypeWords(event.eventType)}: ${resourceWords(event)}`;
    parts.push(event.failureCode ? `${statusWords(event.status)}: ${failureWords(event.failureCode).words}` : statusWords(event.status));
  } else {
    label = `Malformed delivery: ${record.method} ${record.path}`;
    parts.push(`answered ${record.answeredStatus}`);
  }
  parts.push(receivedWords(record.receivedAt, now), verdictPhrase(record.verdict));
  if (record.deliveries > 1) parts.push(`delivered ${record.deliveries} times`);
  if (record.outOfOrder) parts.push('out of order');
  const send = latestSend(record);
  if (send) parts.push(sendOutcomeWords(send));
  return { label, description: parts.join(' · '), icon: iconFor(record) };
}

function iconFor(record: CallbackRecord): CallbackRow['icon'] {
  if (!record.event) return { id: 'warning', color: 'list.warningForeground' };
  if (record.verdict.kind === 'invalid' || record.verdict.kind === 'noSecret') return { id: 'shield', color: 'errorForeground' };
  if (record.event.status === 'FAILED') return { id: 'error', color: 'testing.iconFailed' };
  if (record.event.status === 'SUCCEEDED') return { id: 'pass', color: 'testing.iconPassed' };
  return { id: 'circle-outline' };
}

/** The verdict and why, the failure and what to do, the marks: shared by tooltip and document. */
function findings(record: CallbackRecord): string[] {
  const lines = [`Signature: ${verdictPhrase(record.verdict)}. ${record.verdict.why}`];
  if (record.malformed) lines.push(`Malformed: ${record.malformed}`);
  if (record.event?.failureCode) lines.push(`Failure: ${failureLine(record.event.failureCode)}`);
  if (record.deliveries > 1) lines.push(`Delivered ${record.deliveries} times (same eventId); the last at ${new Date(record.lastReceivedAt).toISOString()}. Handle an event once.`);
  if (record.outOfOrder) {
    lines.push(`Out of order: an event for this resource stamped ${record.outOfOrder.laterTimestamp} had already arrived. Sinch does not guarantee order: re-read the resource for its latest state.`);
  }
  for (const send of record.sends) lines.push(`${sendOutcomeWords(send)} to ${send.url} at ${new Date(send.at).toISOString()}`);
  return lines;
}

/** The row's tooltip (Markdown, every server string escaped). */
export function callbackTooltip(record: CallbackRecord, now: number): string {
  const e = record.event;
  const head = e
    ? [`${eventTypeWords(e.eventType)} (${e.eventType}) for ${resourceWords(e)}: ${statusWords(e.status)}`, `${e.resourceType} · project ${e.projectId} · event ${e.eventId}`, `Sinch's time ${e.timestamp}`]
    : [`Malformed delivery to ${record.method} ${record.path}`];
  return [...head, `Received ${receivedWords(record.receivedAt, now)}`, ...findings(record)].map(escapeMarkdown).join('\n\n');
}

/** The body as text when it is UTF-8, else base64 with a note. */
export function bodyText(record: CallbackRecord): { text: string; encoding: 'utf8' | 'base64' } {
  const raw = rawBody(record);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(raw), encoding: 'utf8' };
  } catch {
    return { text: record.bodyBase64, encoding: 'base64' };
  }
}

function fence(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

/** Indented JSON, or undefined when the kept body does not parse (cut for storage). */
function prettyJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}

/** The read-only document a row opens (Markdown): verdict and why, headers, raw body, pretty JSON. */
export function callbackDocument(record: CallbackRecord): string {
  const e = record.event;
  const title = e ? `${eventTypeWords(e.eventType)}: ${resourceWords(e)} (${statusWords(e.status)})` : `Malformed delivery: ${record.method} ${record.path}`;
  const body = bodyText(record);
  const out = [
    `# ${title}`,
    '',
    `Received ${new Date(record.receivedAt).toISOString()} · answered ${record.answeredStatus}`,
    '',
    '## Verdict',
    '',
    ...findings(record).map((l) => `- ${l}`),
    '',
    '## Headers',
    '',
    fence([`${record.method} ${record.path}`, ...Object.entries(record.headers).map(([k, v]) => `${k}: ${v}`)].join('\n'), 'http'),
    '',
    `## Raw body (${record.bodyBytes} bytes${body.encoding === 'base64' ? ', not UTF-8: shown as base64' : ''}${record.bodyTruncated ? `, only the first ${rawBody(record).length} bytes kept` : ''})`,
    '',
    fence(body.text),
  ];
  const pretty = e ? prettyJson(body.text) : undefined;
  if (pretty) out.push('', '## Pretty JSON', '', fence(pretty, 'json'));
  return `${out.join('\n')}\n`;
}

/** What "Export Callbacks" writes: every record with its body as received; never a secret. */
export function exportCallbacks(records: readonly CallbackRecord[], exportedAt: number): string {
  return `${JSON.stringify({
    exportedAt: new Date(exportedAt).toISOString(),
    count: records.length,
    callbacks: records.map((r) => {
      const body = bodyText(r);
      return {
        receivedAt: new Date(r.receivedAt).toISOString(),
        deliveries: r.deliveries,
        method: r.method,
        path: r.path,
        headers: r.headers,
        body: body.text,
        bodyEncoding: body.encoding,
        bodyBytes: r.bodyBytes,
        ...(r.bodyTruncated ? { bodyTruncated: true } : {}),
        answeredStatus: r.answeredStatus,
        event: r.event ?? null,
        malformed: r.malformed ?? null,
        signature: verdictPhrase(r.verdict),
        signatureWhy: r.verdict.why,
        outOfOrder: r.outOfOrder !== undefined,
        sends: r.sends.map((s) => ({ ...s, at: new Date(s.at).toISOString() })),
      };
    }),
  }, null, 2)}\n`;
}
