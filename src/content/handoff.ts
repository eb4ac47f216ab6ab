/**
 * The decision handed from the content script's first file (main.ts, the triage) to its second
 * (reader.ts, everything else), which the browser runs right after it in the same isolated world.
 * Both run at document_start, before the page is parsed: the reader's whole bundle is wrapped at
 * build time (vite.config.ts) in a function that is only stored under READER, not called, so a
 * page that is not Arabic news evaluates none of it. At DOMContentLoaded the triage decides and,
 * for Arabic news, leaves HANDOFF and calls that function.
 */
export const HANDOFF = '__isnadRead';
/** Where the reader's (not yet evaluated) bundle waits for the triage. */
export const READER = '__isnadReader';

export interface Handoff {
  newsShell: boolean;
}
