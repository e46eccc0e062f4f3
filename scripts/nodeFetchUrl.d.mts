import type { Plugin } from 'esbuild';

export function nodeFetchUrlPlugin(): Plugin;
