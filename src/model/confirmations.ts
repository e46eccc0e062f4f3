// The words of the questions asked before a write: the Delete command's modal and the chat tools'
// confirmation share them, so both name the numbers and the consequences alike.
import { formatNanp } from './phone';

export interface ConfirmationWords {
  title: string;
  /** The numbers (at most `MAX_LISTED`, then "… and N more") and what follows. */
  detail: string;
}

const MAX_LISTED = 10;

/** One number per line, formatted; "… and N more" past MAX_LISTED. */
export function listedNumbers(phoneNumbers: readonly string[]): string {
  const listed = phoneNumbers.slice(0, MAX_LISTED).map(formatNanp).join('\n');
  return phoneNumbers.length > MAX_LISTED ? `${listed}\n… and ${phoneNumbers.length - MAX_LISTED} more` : listed;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function deleteConfirmation(phoneNumbers: readonly string[], where: string): ConfirmationWords {
  const count = phoneNumbers.length;
  const them = count === 1 ? 'it' : 'them';
  return {
    title: `Delete ${plural(count, 'qualified number')} from ${where}?`,
    detail: `${listedNumbers(phoneNumbers)}\n\nSinch stops qualifying ${them}; adding ${them} again starts over.`,
  };
}

export function addConfirmation(phoneNumbers: readonly string[], where: string): ConfirmationWords {
  const count = phoneNumbers.length;
  return {
    title: `Add ${plural(count, 'number')} to qualify in ${where}?`,
    detail: `${listedNumbers(phoneNumbers)}\n\nSinch checks whether ${count === 1 ? 'it' : 'they'} can be hosted; then e-mail the invoices to orders@sinch.com.`,
  };
}

export function voiceChallengeConfirmation(phoneNumber: string, where: string): ConfirmationWords {
  return {
    title: `Call ${formatNanp(phoneNumber)} with a voice challenge?`,
    detail: `Sinch (${where}) calls ${formatNanp(phoneNumber)} now and a voice reads out a code; whoever answers must enter it with "Sinch: Verify Voice Challenge".`,
  };
}
