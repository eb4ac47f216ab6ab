/**
 * The content script, on every http(s) page. Most pages are not Arabic news: for them this file
 * is all that runs (attribute reads and a few selector matches, a bounded text sample only when
 * those do not decide), it leaves one attribute, `<html data-isnad="skipped">`, and nothing
 * else: no listener, no style, no highlight.
 *
 * It runs at document_start and only waits there, touching no element: the decision is made at
 * DOMContentLoaded (its listener goes first, before the page's own), when the whole page has
 * been parsed. At document_end Chromium runs content scripts only after the event has been
 * dispatched and a task or more later (6–40 ms after it on the seed pages, 78–155 ms at 250 KB), time a reader of
 * a news page would wait for its highlights.
 *
 * Only on an Arabic news page does the rest run (Readability, painting, the card; the NLP is in
 * the background, woken here at the decision). The rest is the content script's second file
 * (reader.ts), which the browser runs right after this one: its bundle is only stored as a
 * function (handoff.ts, vite.config.ts), called here when the decision is to read. Nothing is
 * fetched after the decision.
 */
import { triage } from '../extract/triage.ts';
import { HANDOFF, READER, type Handoff } from './handoff.ts';
import { wakeBackground } from './send.ts';

/** The decision's duration, as a performance entry the footprint benchmark reads. */
const MEASURE_DECIDE = 'isnad:decide';

function decide(): void {
  // No performance mark of its own: a page's first PerformanceMark costs about 0.15 ms in Chromium;
  // the decision's measure starts here and tells the benchmarks when the decision started.
  const started = performance.now();
  const root = document.documentElement;
  // Injected twice (an extension reload, a re-executed script): the first run stands.
  if (!root || root.hasAttribute('data-isnad')) return;
  const { verdict, newsShell } = triage(document);
  if (verdict === 'skip') root.setAttribute('data-isnad', 'skipped');
  measure(started);
  const scope = globalThis as unknown as Record<string, unknown>;
  const read = scope[READER] as (() => void) | undefined;
  delete scope[READER];
  if (verdict === 'skip') return;
  // The background starts (and compiles its knowledge) while the reader is evaluated and reads the story.
  wakeBackground();
  scope[HANDOFF] = { newsShell } satisfies Handoff;
  read?.();
}

function measure(started: number): void {
  try {
    performance.measure(MEASURE_DECIDE, { start: started, end: performance.now() });
  } catch {
    // Without measure options (old browsers) there is simply no timing.
  }
}

// Injected into a page that is already parsed (Firefox injects into open tabs when the extension
// is installed or reloaded): decide in the next task, once the reader's file has run too. Otherwise
// at DOMContentLoaded, long after both files have run.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', decide, { once: true });
else setTimeout(decide, 0);
