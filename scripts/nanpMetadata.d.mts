import type { MetadataJson } from 'libphonenumber-js/core';
import type { Plugin } from 'esbuild';

export function nanpMetadata(full: MetadataJson): MetadataJson;
export function nanpMetadataPlugin(): Plugin;
