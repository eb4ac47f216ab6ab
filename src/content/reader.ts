/**
 * The content script's second file: extraction, painting, the card and the control. It runs
 * only on a page the first file (main.ts) decided to read; the build wraps this whole bundle in
 * a function called only when main.ts left the handoff (see handoff.ts and vite.config.ts), so
 * on other pages none of its modules is evaluated. It is listed in the manifest right after
 * main.ts: nothing is fetched after the decision.
 */
import { HANDOFF, type Handoff } from './handoff.ts';
import { startSession } from './session.ts';

const scope = globalThis as unknown as Record<string, Handoff | undefined>;
const handoff = scope[HANDOFF];
delete scope[HANDOFF];
if (handoff) startSession(document, { newsShell: handoff.newsShell });
