// Log lines never carry a key ID or secret: whatever the source of a line (a request path, an
// error message), every known credential value is replaced before it is written.
export function createRedactor(): { add(secret: string): void; clear(): void; redact(text: string): string } {
  const secrets = new Set<string>();
  return {
    add(secret) {
      // Very short values would blank out ordinary words; real keys are long.
      if (secret.length >= 4) secrets.add(secret);
    },
    clear() {
      secrets.clear();
    },
    redact(text) {
      let result = text;
      for (const secret of secrets) result = result.split(secret).join('***');
      // Authorization headers or basic-auth URLs, should any ever reach a message.
      return result.replace(/(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 ***').replace(/\/\/[^/@\s]+:[^/@\s]+@/g, '//***:***@');
    },
  };
}
