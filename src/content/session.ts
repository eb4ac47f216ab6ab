/**
 * Isnad on one Arabic news page, for the page's life: read the story when it is there, wait a
 * bounded time for a story that comes late, re-read when a single-page site swaps the story,
 * and run the card, the control and the keyboard over what is painted.
 *
 * Watching is a MutationObserver on `<body>` (child lists only), debounced. A burst of mutations
 * costs one timer; a re-read (Readability on a clone, tens of milliseconds) happens only while a
 * late story may still be arriving, or when the address changed or the painted story left the
 * DOM, and the page is repainted only when the story text changed.
 */
import type { Segment } from '../extract/anchor.ts';
import { analyzeRemotely, extract, mark, measure, MEASURE_ANNOTATE, paintReading, type Reading } from './annotate.ts';
import type { Card } from './cards.ts';
import { HitIndex } from './hitIndex.ts';
import type { PaintedRange } from './paint.ts';
import { sourceCounts } from './sourceCounts.ts';
import { PageUi } from './ui.ts';
import { warmLabels } from './labels.ts';

/** How long a page with news metadata but no story yet (or a story still arriving) is watched. */
export const WATCH_MS = 10_000;
const DEBOUNCE_MS = 250;
const MAX_WAIT_MS = 1_000;
/** How long the card stays after the pointer leaves a highlight (time to move onto the card). */
const HIDE_DELAY_MS = 300;

export function startSession(doc: Document, options: { newsShell: boolean }): Session {
  mark('isnad:session');
  const session = new Session(doc, options.newsShell);
  session.start();
  return session;
}

export class Session {
  private reading: Reading | null = null;
  private url = '';
  /** Counts readings, so that an answer from the background for an older one is dropped. */
  private generation = 0;
  /** The reader paused Isnad on this site (the background said so). */
  private paused = false;
  private index: HitIndex | null = null;
  private storyRoot: Node | null = null;
  private ui: PageUi | null = null;
  private observer: MutationObserver | null = null;
  private watchUntil = 0;
  private stopTimer = 0;
  private debounceTimer = 0;
  private firstPending = 0;
  private frame = 0;
  private hideTimer = 0;
  private scrollFrame = 0;
  /** The range whose card is shown. */
  private shownRange: Range | null = null;
  private pointer = { x: 0, y: 0, target: null as EventTarget | null };
  private focused = -1;
  /** The ranges the keyboard visits: each painted stretch of text once. */
  private stops: PaintedRange[] = [];
  private counts = new Map<string, number>();
  private countsAsked = false;

  constructor(
    private readonly doc: Document,
    private readonly newsShell: boolean,
  ) {}

  start(): void {
    void this.readNow().then((found) => {
      const root = this.doc.documentElement;
      if (this.paused || (!found && !this.newsShell)) {
        root.setAttribute('data-isnad', 'skipped');
        return;
      }
      // While waiting for a late story the page carries no attribute yet: data-isnad is the decision.
      this.watchUntil = performance.now() + WATCH_MS;
      this.observe();
      if (!found) {
        // A shell whose story never came is left alone, like any other page that is not news.
        this.stopTimer = window.setTimeout(() => {
          if (this.reading) return;
          this.stop();
          root.setAttribute('data-isnad', 'skipped');
        }, WATCH_MS);
      }
    });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    window.clearTimeout(this.debounceTimer);
    window.clearTimeout(this.stopTimer);
  }

  /**
   * Reads the page now; true when a story is (still) painted. The analysis is made in the
   * background, so a newer reading may start meanwhile: only the newest one paints.
   */
  private async readNow(): Promise<boolean> {
    const href = location.href;
    const generation = ++this.generation;
    const started = performance.now();
    let story: ReturnType<typeof extract>;
    try {
      story = extract(this.doc, href, this.reading?.story.text ?? null);
    } catch (error) {
      // A page the reader cannot handle is left as it is (the pipeline itself never throws).
      console.warn('Isnad: could not read this page:', error instanceof Error ? error.message : error);
      story = null;
    }
    if (story === 'unchanged') {
      this.url = href;
      return true;
    }
    if (!story) return this.reading !== null && storyConnected(this.reading.story.segments);
    const answer = analyzeRemotely(story);
    // While the background analyses: the first label loads the locale's messages, in Chromium by a
    // synchronous call to the browser (3–5 ms here, at DOMContentLoaded; 6–13 ms when the control
    // made it, after the page's first frame, on the way to the highlights).
    if (!this.ui) warmLabels();
    const found = await answer;
    if (generation !== this.generation) return this.reading !== null;
    if (found === 'paused') {
      // The reader paused Isnad on this site: leave the page as it is, and stop watching it.
      this.paused = true;
      this.stop();
      this.takeDown();
      return false;
    }
    if (!found) return false;
    // The control is made first: it reads the page's colours (one style computation) before the
    // highlights' sheet and ranges are written, so that the page is not restyled twice in this task.
    this.ensureUi();
    const reading = paintReading(this.doc, story, found.analysis, found.aliases, () => this.takeDown());
    measure(MEASURE_ANNOTATE, started, performance.now());
    this.url = href;
    this.show(reading);
    return true;
  }

  private show(reading: Reading): void {
    const root = this.doc.documentElement;
    this.reading = reading;
    // The pointer's index and the story's bounds are made at the first pointer move, not before the first paint.
    this.index = null;
    this.storyRoot = null;
    this.stops = keyboardStops(reading.painting.ranges);
    this.focused = -1;
    this.counts = new Map();
    this.countsAsked = false;
    const ui = this.ensureUi();
    ui.setCounts(reading.painting.counts);
    if (!ui.highlightsVisible) reading.painting.setVisible(false);
    root.setAttribute('data-isnad-officials', String(reading.analysis.officials.length));
    root.setAttribute('data-isnad-agreements', String(reading.analysis.agreements.length));
    root.setAttribute('data-isnad', 'annotated');
    mark('isnad:annotated');
    // The background stored the article before it answered: the counts include this page.
    this.askCounts(reading);
  }

  private ensureUi(): PageUi {
    if (!this.ui) {
      this.ui = new PageUi(this.doc, {
        onToggle: (visible) => {
          this.reading?.painting.setVisible(visible);
          if (!visible) this.clearFocus();
        },
        onStep: (delta) => this.step(delta),
        onDismiss: () => this.dismiss(),
      });
      this.listen();
    }
    return this.ui;
  }

  private takeDown(): void {
    this.ui?.hideCard();
    this.reading?.painting.unpaint();
    this.reading = null;
    this.index = null;
    this.stops = [];
  }

  // ——— watching ———

  private observe(): void {
    const body = this.doc.body;
    if (!body || this.observer) return;
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(body, { childList: true, subtree: true });
  }

  private schedule(): void {
    const now = performance.now();
    if (!this.debounceTimer) this.firstPending = now;
    window.clearTimeout(this.debounceTimer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.debounceTimer = window.setTimeout(() => {
      this.debounceTimer = 0;
      this.onSettled();
    }, wait);
  }

  private onSettled(): void {
    if (this.paused) return;
    const now = performance.now();
    const moved = location.href !== this.url;
    if (moved) this.watchUntil = now + WATCH_MS;
    const gone = this.reading !== null && !storyConnected(this.reading.story.segments);
    if (now > this.watchUntil && !moved && !gone) return;
    if (gone && !moved) {
      // The painted story left the page: take its highlights down even if no new one is found.
      const before = this.reading;
      void this.readNow().then((found) => {
        if (!found && this.reading === before) this.takeDown();
      });
      return;
    }
    void this.readNow();
  }

  // ——— pointer and keyboard ———

  private listen(): void {
    this.doc.addEventListener('pointermove', this.onPointerMove, { passive: true });
    this.doc.addEventListener('keydown', this.onKeyDown, true);
    this.doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  /** The card is fixed to the viewport: on scroll it follows its highlight, or goes when that leaves the screen. */
  private readonly onScroll = (): void => {
    if (!this.shownRange || !this.ui?.cardShown || this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const range = this.shownRange;
      if (!range || !this.ui?.cardShown) return;
      const anchor = anchorOf(range);
      if (anchor.bottom < 0 || anchor.top > innerHeight) this.dismiss();
      else this.ui.place(anchor);
    });
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    this.pointer = { x: event.clientX, y: event.clientY, target: event.target };
    if (this.ui?.owns(event)) {
      // On the card: keep it.
      window.clearTimeout(this.hideTimer);
      return;
    }
    if (!this.frame) this.frame = requestAnimationFrame(this.hitTest);
  };

  private readonly hitTest = (): void => {
    this.frame = 0;
    const ui = this.ui;
    if (!ui || !this.reading || !ui.highlightsVisible) return;
    if (!this.index) {
      this.index = new HitIndex(this.reading.painting.ranges);
      this.storyRoot = commonRoot(this.reading.painting.ranges);
    }
    const { x, y, target } = this.pointer;
    // Cheap filter first: the pointer is not over the story at all.
    const hit = target instanceof Node && this.storyRoot?.contains(target) ? this.index!.at(this.doc, x, y) : null;
    if (hit) {
      window.clearTimeout(this.hideTimer);
      this.hideTimer = 0;
      const card = this.reading!.cards[hit.ref]!;
      if (ui.cardShown !== card) this.showCard(card, hit.range, false);
    } else if (ui.cardShown && this.focused < 0 && !this.hideTimer) {
      this.hideTimer = window.setTimeout(() => {
        this.hideTimer = 0;
        this.ui?.hideCard();
      }, HIDE_DELAY_MS);
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && (this.ui?.cardShown || this.focused >= 0)) this.dismiss();
  };

  private step(delta: 1 | -1): void {
    const ranges = this.stops;
    if (!ranges || ranges.length === 0 || !this.ui) return;
    if (!this.ui.highlightsVisible) this.ui.setVisible(true);
    this.focused = this.focused < 0 ? (delta > 0 ? 0 : ranges.length - 1) : (this.focused + delta + ranges.length) % ranges.length;
    const painted = ranges[this.focused]!;
    this.reading!.painting.setFocus(painted.range);
    const element = painted.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.showCard(this.reading!.cards[painted.ref]!, painted.range, true);
  }

  private dismiss(): void {
    this.shownRange = null;
    this.ui?.hideCard();
    this.clearFocus();
  }

  private clearFocus(): void {
    this.focused = -1;
    this.reading?.painting.setFocus(null);
  }

  private showCard(card: Card, range: Range, announce: boolean): void {
    this.shownRange = range;
    this.ui!.showCard(card, anchorOf(range), this.counts.get(card.id) ?? null, announce);
  }

  /** Asks the background how many saved sources mention each entity (after this article was saved). */
  private askCounts(reading: Reading): void {
    if (this.countsAsked || this.reading !== reading) return;
    this.countsAsked = true;
    const ids = [...new Set(reading.cards.map((c) => c.id))];
    void sourceCounts(ids).then((counts) => {
      if (this.reading !== reading) return;
      this.counts = new Map(Object.entries(counts));
      const shown = this.ui?.cardShown;
      if (shown && this.counts.has(shown.id)) this.ui!.updateSources(shown, this.counts.get(shown.id)!);
    });
  }
}

/** A speaker's mention is painted twice (official, speaker): the keyboard stops on the speaker's. */
function keyboardStops(ranges: readonly PaintedRange[]): PaintedRange[] {
  const speakers = new Set(ranges.filter((r) => r.kind === 'speaker').map((r) => `${r.start}:${r.end}`));
  return ranges.filter((r) => r.kind !== 'official' || !speakers.has(`${r.start}:${r.end}`));
}

/** Where a card points: the range's first line box. */
function anchorOf(range: Range): DOMRect {
  const rects = range.getClientRects();
  return rects.length > 0 ? rects[0]! : range.getBoundingClientRect();
}

/** The story's first and last text nodes are still in the page. */
function storyConnected(segments: readonly Segment[]): boolean {
  const first = segments[0];
  const last = segments[segments.length - 1];
  return !!first && first.node.isConnected && !!last && last.node.isConnected;
}

/** The smallest node containing every painted range: the pointer outside it is over no highlight. */
function commonRoot(ranges: readonly PaintedRange[]): Node | null {
  if (ranges.length === 0) return null;
  const range = ranges[0]!.range.cloneRange();
  range.setEnd(ranges[ranges.length - 1]!.range.endContainer, ranges[ranges.length - 1]!.range.endOffset);
  return range.commonAncestorContainer;
}
