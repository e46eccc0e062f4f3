// The one zod every bundle that loads at activation (and the form's webview) uses: zod/mini, the
// functional build (`z.optional(z.string())`, `.check(z.maxLength(5))`), ~20 KB minified where
// classic zod's chained methods weigh ~90 KB. zod/mini carries no messages of its own ("Invalid
// input"), so the English locale is loaded here: the words in logs and answers stay those of
// classic zod. Import it as `import * as z from '<path>/api/zod'`; classic `zod` stays in the
// sandbox and the lazily loaded chat tools (eslint.config.mjs says where).
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

export * from 'zod/mini';
