// Imported first by main.ts: zod decides at schema creation whether to compile parsers with
// `new Function`, which the webview's CSP forbids (and reports). Jitless parsing needs no eval.
import * as z from '../../src/api/zod';

z.config({ jitless: true });
