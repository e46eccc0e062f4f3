// A constant both sides of the form use. It lives apart from webviewMessages.ts so the webview
// can import it without bundling the host's message schemas (a top-level zod schema is never
// dropped by tree shaking: importing one value from that file cost the form 12 KB).

/** Most order results a form shows (one per order of a split submission; 10,000 numbers in 500s). */
export const MAX_SHOWN_ORDERS = 20;
