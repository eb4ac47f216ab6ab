/**
 * What Isnad adds to an annotated page besides the highlights: one `<isnad-ui>` element at the
 * end of `<html>` holding, in a shadow root, the on-page control (legend, count, hide/show,
 * previous/next) and the card of the hovered or focused highlight. The shadow root keeps the
 * page's CSS out (and ours in); the host's own box is pinned with !important inline styles,
 * which outrank any page rule. Styles are a constructed sheet, which a page's CSP does not block.
 * Labels come from the extension's locales (labels.ts); the card itself is always right to left,
 * as the names in it are Arabic.
 */
import { HIGHLIGHT_COLOURS, THEMES, css, luminance, over, parseComputedColour, type Theme } from './colours.ts';
import type { Card } from './cards.ts';
import { label, labelsAreRtl, sourcesLabel, type LabelKey } from './labels.ts';
import type { PaintKind } from './paint.ts';

export interface UiHandlers {
  onToggle(visible: boolean): void;
  onStep(delta: 1 | -1): void;
  onDismiss(): void;
}

const LEGEND: Record<PaintKind, LabelKey> = { official: 'pageLegendOfficials', agreement: 'pageLegendAgreements', speaker: 'pageLegendSpeakers' };
const HOST_STYLE =
  'all:initial !important;display:block !important;position:fixed !important;top:0 !important;left:0 !important;' +
  'width:0 !important;height:0 !important;margin:0 !important;padding:0 !important;border:0 !important;' +
  'z-index:2147483647 !important;visibility:visible !important;opacity:1 !important;transform:none !important;';
const CARD_WIDTH = 320;
const MARGIN = 8;

export class PageUi {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly card: HTMLElement;
  private readonly counts: Record<PaintKind, HTMLElement>;
  private readonly toggle: HTMLButtonElement;
  private readonly status: HTMLElement;
  private visible = true;
  private shownCard: Card | null = null;

  constructor(
    private readonly doc: Document,
    private readonly handlers: UiHandlers,
  ) {
    const theme = THEMES[pageIsDark(doc) ? 'dark' : 'light'];
    this.host = doc.createElement('isnad-ui');
    this.host.setAttribute('style', HOST_STYLE);
    this.shadow = this.host.attachShadow({ mode: 'open' });
    adoptStyles(doc, this.shadow, stylesFor(theme));

    const panel = el(doc, 'section', { class: 'panel', dir: labelsAreRtl() ? 'rtl' : 'ltr', 'aria-label': 'إسناد' });
    const title = el(doc, 'div', { class: 'title' }, 'إسناد');
    const legend = el(doc, 'ul', { class: 'legend' });
    this.counts = {} as Record<PaintKind, HTMLElement>;
    for (const kind of Object.keys(LEGEND) as PaintKind[]) {
      const count = el(doc, 'span', { class: 'count', 'data-kind': kind }, '0');
      this.counts[kind] = count;
      legend.append(el(doc, 'li', { 'data-kind': kind }, el(doc, 'span', { class: `swatch ${kind}`, 'aria-hidden': 'true' }, 'أ'), label(LEGEND[kind]), count));
    }
    this.toggle = el(doc, 'button', { type: 'button', class: 'toggle', 'aria-pressed': 'true' }, label('pageHide')) as HTMLButtonElement;
    this.toggle.addEventListener('click', () => this.setVisible(!this.visible));
    const previous = el(doc, 'button', { type: 'button', class: 'step', 'data-step': 'previous', 'aria-label': label('pagePreviousLabel') }, label('pagePrevious'));
    const next = el(doc, 'button', { type: 'button', class: 'step', 'data-step': 'next', 'aria-label': label('pageNextLabel') }, label('pageNext'));
    previous.addEventListener('click', () => handlers.onStep(-1));
    next.addEventListener('click', () => handlers.onStep(1));
    this.status = el(doc, 'span', { class: 'status', role: 'status', 'aria-live': 'polite' });
    panel.append(title, legend, el(doc, 'div', { class: 'buttons' }, previous, next, this.toggle), this.status);

    this.card = el(doc, 'div', { class: 'card', dir: 'rtl', lang: 'ar', role: 'tooltip', hidden: '' });
    this.shadow.append(panel, this.card);
    doc.documentElement.append(this.host);
  }

  setCounts(counts: Record<PaintKind, number>): void {
    for (const kind of Object.keys(this.counts) as PaintKind[]) {
      this.counts[kind].textContent = String(counts[kind]);
      this.counts[kind].parentElement!.hidden = kind === 'speaker' && counts[kind] === 0;
    }
  }

  get highlightsVisible(): boolean {
    return this.visible;
  }

  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    this.toggle.textContent = label(visible ? 'pageHide' : 'pageShow');
    this.toggle.setAttribute('aria-pressed', String(visible));
    if (!visible) this.hideCard();
    this.handlers.onToggle(visible);
  }

  /** True when the event happened inside Isnad's own elements. */
  owns(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  get cardShown(): Card | null {
    return this.shownCard;
  }

  /** Shows `card` next to `anchor` (a viewport rectangle), inside the viewport. */
  showCard(card: Card, anchor: DOMRect, sources: number | null, announce = false): void {
    this.shownCard = card;
    this.card.replaceChildren(...cardContent(this.doc, card, sources));
    this.card.hidden = false;
    this.place(anchor);
    if (announce) this.status.textContent = card.kind === 'official' ? `${card.name}${label('listSeparator')}${card.role}` : card.name;
  }

  /** Puts the card next to `anchor` (a viewport rectangle), inside the viewport. */
  place(anchor: DOMRect): void {
    const view = this.doc.defaultView;
    const width = Math.min(CARD_WIDTH, (view?.innerWidth ?? CARD_WIDTH) - 2 * MARGIN);
    this.card.style.width = `${width}px`;
    const height = this.card.offsetHeight;
    const vw = view?.innerWidth ?? width;
    const vh = view?.innerHeight ?? height;
    // Right-to-left: the card's right edge lines up with the highlight's, then stays on screen.
    const left = clamp(anchor.right - width, MARGIN, vw - width - MARGIN);
    const below = anchor.bottom + 6;
    const top = below + height <= vh - MARGIN ? below : clamp(anchor.top - 6 - height, MARGIN, vh - height - MARGIN);
    this.card.style.left = `${Math.round(left)}px`;
    this.card.style.top = `${Math.round(top)}px`;
  }

  /** Updates the count on the card shown, if it is still `card`. */
  updateSources(card: Card, sources: number): void {
    if (this.shownCard !== card) return;
    const line = this.card.querySelector('.sources');
    if (line) line.textContent = sourcesLabel(sources);
  }

  hideCard(): void {
    if (!this.shownCard) return;
    this.shownCard = null;
    this.card.hidden = true;
    this.card.replaceChildren();
  }

  destroy(): void {
    this.host.remove();
  }
}

function cardContent(doc: Document, card: Card, sources: number | null): Node[] {
  const out: Node[] = [el(doc, 'div', { class: 'name' }, card.name)];
  if (card.nameEn) out.push(el(doc, 'div', { class: 'name-en', lang: 'en', dir: 'ltr' }, card.nameEn));
  if (card.kind === 'official') {
    // The role in the reader's language: Arabic from the knowledge's own titles when the interface is Arabic.
    const arabic = labelsAreRtl() && Boolean(card.roleAr || card.countryAr);
    const parts = arabic ? [card.roleAr ?? card.role, card.countryAr ?? card.country] : [card.role, card.country];
    const role = parts.filter(Boolean).join(' · ') + (card.roleYears ? ` (${card.roleYears})` : '');
    if (role) out.push(el(doc, 'div', arabic ? { class: 'role role-ar', lang: 'ar', dir: 'rtl' } : { class: 'role', lang: 'en', dir: 'ltr' }, role));
    if (card.claim) out.push(el(doc, 'div', { class: 'claim' }, `${card.claim.verb}: ${quoted(truncate(card.claim.text.trim(), 180))}`));
  } else if (card.aliases.length > 0) {
    out.push(el(doc, 'div', { class: 'aliases' }, label('cardAliases', card.aliases.join(label('listSeparator')))));
  }
  out.push(el(doc, 'div', { class: 'sources' }, sources === null ? '' : sourcesLabel(sources)));
  return out;
}

/** In guillemets, unless the claim already is a quotation. */
function quoted(text: string): string {
  return /^[«"“]/.test(text) ? text : `«${text}»`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, Math.max(lo, hi)));
}

function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Dark when the page's background (body's, else html's) is dark; a page that paints none is white. */
function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const node of [doc.body, doc.documentElement]) {
    if (!node) continue;
    const colour = parseComputedColour(view.getComputedStyle(node).backgroundColor);
    if (colour) return luminance(over(colour, { r: 255, g: 255, b: 255, a: 1 })) < 0.2;
  }
  return false;
}

function adoptStyles(doc: Document, shadow: ShadowRoot, text: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(el(doc, 'style', {}, text));
  }
}

function stylesFor(t: Theme): string {
  const swatches = (Object.keys(LEGEND) as PaintKind[])
    .map((kind) => {
      const c = HIGHLIGHT_COLOURS[kind];
      // A speaker's mention is drawn over an official's: the swatch shows the two layers.
      const background = kind === 'speaker' ? `linear-gradient(${css(c.background)},${css(c.background)}),${css(HIGHLIGHT_COLOURS.official.background)}` : css(c.background);
      return `.swatch.${kind}{background:${background};border-bottom:${c.style === 'double' ? 3 : 2}px ${c.style === 'wavy' ? 'solid' : c.style} ${css(c.line)}}`;
    })
    .join('');
  return `
:host{all:initial}
*{box-sizing:border-box}
[hidden]{display:none !important}
.panel,.card{position:fixed;font:13px/1.5 system-ui,'Noto Sans Arabic','DejaVu Sans',sans-serif;color:${t.text};background:${t.background};
  border:1px solid ${t.border};border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);text-align:right}
.panel{bottom:12px;left:12px;padding:8px 10px;min-width:170px;max-width:240px}
.title{font-weight:700;margin-bottom:4px}
.legend{list-style:none;margin:0 0 6px;padding:0}
.legend li{display:flex;gap:6px;align-items:center}
.count{margin-inline-start:auto;color:${t.muted};font-variant-numeric:tabular-nums}
.swatch{display:inline-block;padding:0 4px;color:${t.text}}
${swatches}
.buttons{display:flex;gap:4px}
button{font:inherit;color:${t.text};background:transparent;border:1px solid ${t.border};border-radius:6px;padding:1px 8px;cursor:pointer}
button:focus-visible{outline:2px solid ${t.accent};outline-offset:1px}
.toggle{margin-inline-start:auto}
.status{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.card{padding:10px 12px;max-width:calc(100vw - 16px)}
.name{font-size:16px;font-weight:700}
.name-en{font-size:13px;text-align:left}
.role{color:${t.muted};text-align:left}.role-ar{text-align:right}
.claim,.aliases{margin-top:6px}
.sources{margin-top:6px;color:${t.muted}}
.sources:empty{display:none}
`;
}
