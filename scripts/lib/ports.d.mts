// Types of ports.mjs for TypeScript callers.
export function freePort(): Promise<number>;
export function waitForPortFree(port: number, timeoutMs?: number): Promise<void>;
