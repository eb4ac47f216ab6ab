/**
 * The content script, on every http(s) page at document_end. Most pages are not Arabic news:
 * for them this file is all that runs (attribute reads and a few selector matches, a bounded
 * text sample only when those do not decide), it leaves one attribute,
 * `<html data-isnad="skipped">`, and nothing else: no listener, no style, no highlight.
 * Only on an Arabic news page does the rest run (Readability, painting, the card; the NLP is in
 * the background, woken here at the decision). The rest is the content script's second file
 * (reader.ts), which the browser runs right after this one: this file is small (the triage and
 * a message), so deciding costs no more than the triage, and the second file is evaluated only
 * when this one hands it the page (handoff.ts). Nothing is fetched after the decision.
 */
import { triage } from '../extract/triage.ts';
import { HANDOFF, type Handoff } from './handoff.ts';
import { wakeBackground } from './send.ts';

/** The decision's duration, as a performance entry the footprint benchmark reads. */
const MEASURE_DECIDE = 'isnad:decide';

function main(): void {
  // No performance mark of its own: a page's first PerformanceMark costs about 0.15 ms in Chromium;
  // the decision's measure starts here and tells the benchmarks when the script started.
  const started = performance.now();
  const root = document.documentElement;
  // Injected twice (an extension reload, a re-executed script): the first run stands.
  if (!root || root.hasAttribute('data-isnad')) return;
  const { verdict, newsShell } = triage(document);
  if (verdict === 'skip') root.setAttribute('data-isnad', 'skipped');
  measure(started);
  if (verdict === 'skip') return;
  // The background starts (and compiles its knowledge) while the reader is evaluated and reads the story.
  wakeBackground();
  (globalThis as unknown as Record<string, Handoff>)[HANDOFF] = { newsShell };
}

function measure(started: number): void {
  try {
    performance.measure(MEASURE_DECIDE, { start: started, end: performance.now() });
  } catch {
    // Without measure options (old browsers) there is simply no timing.
  }
}

main();
