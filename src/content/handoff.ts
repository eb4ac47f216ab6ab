/**
 * The decision handed from the content script's first file (main.ts, the triage) to its second
 * (reader.ts, everything else), which the browser runs right after it in the same isolated world.
 * The reader's whole bundle is wrapped at build time (vite.config.ts) so that none of it is
 * evaluated unless this global is set: a page that is not Arabic news runs only the triage.
 */
export const HANDOFF = '__isnadRead';

export interface Handoff {
  newsShell: boolean;
}
