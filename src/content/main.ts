/**
 * The content script, on every http(s) page at document_end. Most pages are not Arabic news:
 * for them this file is all that runs (attribute reads and a few selector matches, a bounded
 * text sample only when those do not decide), it leaves one attribute,
 * `<html data-isnad="skipped">`, and nothing else: no listener, no style, no highlight.
 * Only on an Arabic news page does the rest run (Readability, painting, the card; the NLP is in
 * the background, woken here at the decision). It is all one classic script (see vite.config.ts):
 * no chunk is fetched after the decision.
 */
import { triage } from '../extract/triage.ts';
import { wakeBackground } from './send.ts';

/** The decision's duration, as a performance entry the footprint benchmark reads. */
const MEASURE_DECIDE = 'isnad:decide';

async function main(): Promise<void> {
  const started = performance.now();
  mark('isnad:start');
  const root = document.documentElement;
  // Injected twice (an extension reload, a re-executed script): the first run stands.
  if (!root || root.hasAttribute('data-isnad')) return;
  const { verdict, newsShell } = triage(document);
  if (verdict === 'skip') root.setAttribute('data-isnad', 'skipped');
  measure(started);
  if (verdict === 'skip') return;
  // The background starts (and compiles its knowledge) while the rest of this script loads and reads the story.
  wakeBackground();
  const { startSession } = await import('./session.ts');
  startSession(document, { newsShell });
}

/** A point in time for the page-speed benchmark (names only, no data of the page). */
function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // No User Timing: no benchmark figures, nothing else changes.
  }
}

function measure(started: number): void {
  try {
    performance.measure(MEASURE_DECIDE, { start: started, end: performance.now() });
  } catch {
    // Without measure options (old browsers) there is simply no timing.
  }
}

void main();
