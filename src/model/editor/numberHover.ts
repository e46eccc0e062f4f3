// The Markdown of the hover over a phone number in an editor: what Sinch knows of it (its state,
// region, detail statuses and errors, reusing the tree's tooltip), or that Sinch does not know it,
// or why the text is not a US/CA number, with links to act on it.
import type { QualifiedNumber } from '../../api/types';
import { formatNanp } from '../phone';
import { escapeMarkdown } from '../tree/markdown';
import { numberTooltipMarkdown } from '../tree/presentation';
import { commandLink, HOVER_COMMANDS } from './commandLinks';
import type { FoundNumber } from './phoneFinder';

/** What a lookup of one number found. */
export type NumberLookup =
  | { kind: 'known'; number: QualifiedNumber }
  /** Sinch answered 404: the number is not in the project. */
  | { kind: 'unknown' }
  /** The lookup failed (network, 5xx...): the words say why. */
  | { kind: 'failed'; words: string };

const TITLE = '**Sinch Qualified Numbers**';

/** `where`: the connection in words ("offline sandbox (...)"); `lookup` is absent for invalid numbers. */
export function numberHoverMarkdown(found: FoundNumber, lookup: NumberLookup | undefined, where: string): string {
  if (!found.parsed.ok) {
    return `${TITLE}\n\n\`${escapeMarkdown(found.parsed.input)}\` is not a valid US/CA number: ${escapeMarkdown(found.parsed.reason)}.`;
  }
  const e164 = found.parsed.e164;
  const phone = escapeMarkdown(formatNanp(e164));
  switch (lookup?.kind) {
    case 'known':
      return [
        `${TITLE}\n`,
        numberTooltipMarkdown(lookup.number),
        '',
        [commandLink('Show in Sinch', HOVER_COMMANDS.showInSinch, e164), commandLink('Show Number Details', HOVER_COMMANDS.showDetails, e164)].join(' · '),
      ].join('\n');
    case 'unknown':
      return [
        `${TITLE}\n`,
        `**${phone}** (${found.parsed.region}${found.parsed.tollFree ? ', toll-free' : ''}) is not a qualified number in ${escapeMarkdown(where)}.`,
        '',
        commandLink('Add Numbers to Qualify', HOVER_COMMANDS.addNumbers, { text: e164 }),
      ].join('\n');
    case 'failed':
      return `${TITLE}\n\nCould not look up **${phone}**: ${escapeMarkdown(lookup.words)}`;
    case undefined:
      return `${TITLE}\n\n**${phone}**: not looked up.`;
  }
}
