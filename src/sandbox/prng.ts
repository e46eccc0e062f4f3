// Tiny deterministic randomness: the same seed must always give the same numbers, codes and IDs,
// on every machine, so tests and screenshots are reproducible. Not for anything secret.

/** mulberry32: a 32-bit PRNG, good enough to spread test data. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the UTF-16 code units: turns names (project IDs, numbers) into seeds. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator seeded from several parts, e.g. rngFor(seed, projectId, 'orders', 3). */
export function rngFor(...parts: ReadonlyArray<string | number>): () => number {
  return mulberry32(hashString(parts.join('\u001f')));
}

/** An integer in [min, max] inclusive. */
export function randomInt(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/** A 26-character lowercase Crockford base-32 ID, shaped like the ULIDs Sinch uses for orders. */
export function ulidLike(rng: () => number): string {
  let id = '';
  for (let i = 0; i < 26; i++) id += CROCKFORD[Math.floor(rng() * 32)];
  return id;
}

/** A UUID-shaped (version 4 layout) identifier from the generator. */
export function uuidLike(rng: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
