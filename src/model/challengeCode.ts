// The code a voice challenge reads out: digits only (people type spaces and dashes while listening).
export function normaliseChallengeCode(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

/** undefined when fine, otherwise what to fix (for the input box's validateInput). */
export function validateChallengeCode(raw: string): string | undefined {
  const code = normaliseChallengeCode(raw);
  if (code === '') return 'Type the digits you heard on the call.';
  if (!/^\d+$/.test(code)) return 'The code has digits only.';
  if (code.length < 4 || code.length > 10) return 'The code has 4 to 10 digits.';
  return undefined;
}
