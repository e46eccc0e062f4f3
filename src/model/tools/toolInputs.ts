// Input schemas of the chat tools (Language Model Tools), checked with zod before anything is
// sent: the model's input is untrusted like any other. package.json declares the same schemas as
// JSON Schema (a unit test keeps them equal), so the model is told exactly what is accepted here.
import * as z from 'zod';
import { GLOBAL_PROCESS_STATES, REGION_CODES, type GlobalProcessState } from '../../api/types';
import { parseNanpNumber } from '../phone';
import { parseNumberFilter } from '../tree/filter';

const STATE_PREFIX = 'GLOBAL_PROCESS_STATE_';
/** The states as the tools name them: VERIFIED, HOSTING_FAILED, ... */
export const TOOL_STATES = GLOBAL_PROCESS_STATES.map((s) => s.slice(STATE_PREFIX.length)) as unknown as readonly [string, ...string[]];

export function apiState(toolState: string): GlobalProcessState {
  return `${STATE_PREFIX}${toolState}` as GlobalProcessState;
}

/** Most numbers a list answer shows; the rest are counted ("N more not shown"). */
export const MAX_LIST_LIMIT = 100;
export const DEFAULT_LIST_LIMIT = 20;
/** Most numbers one write takes (Sinch's addNumbers takes 500; a chat should not go near it). */
export const MAX_WRITE_NUMBERS = 100;

const phoneNumber = z
  .string()
  .max(40)
  .describe('A US or Canadian phone number, preferably E.164 (+12025550134); (202) 555-0134 is accepted too.');
const phoneNumbers = z.array(phoneNumber).min(1).max(MAX_WRITE_NUMBERS).describe(`1 to ${MAX_WRITE_NUMBERS} US or Canadian phone numbers, E.164 preferred.`);
const region = z.enum(REGION_CODES).describe('Only numbers of this region.');

export const TOOL_INPUT_SCHEMAS = {
  sinch_listQualifiedNumbers: z.strictObject({
    state: z.enum(TOOL_STATES).optional().describe('Only numbers in this processing state; all states when absent.'),
    region: region.optional(),
    filter: z.string().max(32).optional().describe('Digits the number contains (555), or a whole-number pattern with * (any digits) and ? (one digit), e.g. +1202*.'),
    limit: z.int().min(1).max(MAX_LIST_LIMIT).optional().describe(`Most numbers to return (default ${DEFAULT_LIST_LIMIT}); the answer says how many more there are.`),
  }),
  sinch_getQualifiedNumber: z.strictObject({ phoneNumber }),
  sinch_getHostingOrder: z.strictObject({
    hostingOrderId: z.string().min(1).max(100).describe('The hosting order ID returned by a text-enable request.'),
  }),
  sinch_summarizeQualifiedNumbers: z.strictObject({ region: region.optional() }),
  sinch_addNumbers: z.strictObject({ phoneNumbers }),
  sinch_sendVoiceChallenge: z.strictObject({ phoneNumber }),
  sinch_deleteQualifiedNumbers: z.strictObject({ phoneNumbers }),
} as const;

export type ToolName = keyof typeof TOOL_INPUT_SCHEMAS;
export type ToolInput<N extends ToolName> = z.infer<(typeof TOOL_INPUT_SCHEMAS)[N]>;
export const TOOL_NAMES = Object.keys(TOOL_INPUT_SCHEMAS) as ToolName[];

export type InputCheck<T> = { ok: true; input: T } | { ok: false; words: string };

/** The input as the schema allows it, or every problem in words (field: what is wrong). */
export function checkToolInput<N extends ToolName>(name: N, raw: unknown): InputCheck<ToolInput<N>> {
  const parsed = TOOL_INPUT_SCHEMAS[name].safeParse(raw ?? {});
  if (parsed.success) return { ok: true, input: parsed.data as ToolInput<N> };
  const problems = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${issue.message}`);
  return { ok: false, words: `The input was refused, nothing was done. ${problems.join('; ')}.` };
}

/** Phone numbers as E.164 (each checked by the same rule as "Add Numbers to Qualify"), or why not. */
export function checkPhoneNumbers(raw: readonly string[]): InputCheck<string[]> {
  const valid: string[] = [];
  const problems: string[] = [];
  for (const entry of raw) {
    const parsed = parseNanpNumber(entry);
    if (parsed.ok) {
      if (!valid.includes(parsed.e164)) valid.push(parsed.e164);
    } else problems.push(`${parsed.input || '(empty)'}: ${parsed.reason}`);
  }
  if (problems.length > 0) return { ok: false, words: `The input was refused, nothing was done. Not valid US/CA numbers: ${problems.join('; ')}.` };
  return { ok: true, input: valid };
}

/** The list filter, by the tree's filter rule. */
export function checkFilter(raw: string | undefined): InputCheck<((e164: string) => boolean) | undefined> {
  if (raw === undefined || raw.trim() === '') return { ok: true, input: undefined };
  const parsed = parseNumberFilter(raw);
  return parsed.ok ? { ok: true, input: parsed.filter.matches } : { ok: false, words: `The input was refused, nothing was done. filter: ${parsed.reason}` };
}
