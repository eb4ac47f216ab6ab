/**
 * The popup: the article of the current tab (or of `?url=`) against the other stored sources,
 * and the library grouped by meeting. Everything from pages is rendered as text (JSX escapes it).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ArticleView, CrossSourceView, LibraryCursor } from '../messages.ts';
import { request } from '../request.ts';
import { ArticleDetails } from './ArticleDetails.tsx';
import { Exchange } from './Exchange.tsx';
import { formatDate } from './format.ts';
import { t } from './i18n.ts';
import { Library, LIBRARY_PAGE, type LoadedLibrary } from './Library.tsx';

type Current =
  | { state: 'none' }
  | { state: 'loading'; url: string }
  | { state: 'missing'; url: string }
  | { state: 'found'; article: ArticleView; cross: CrossSourceView | null }
  | { state: 'error'; message: string };

async function activeTabUrl(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url && /^https?:/.test(tab.url) ? tab.url : null;
  } catch {
    return null;
  }
}

/** Opens an article (or a sentence in it) in a new tab; the popup stays as it is. */
function openTab(url: string): void {
  browser.tabs.create({ url }).catch(() => window.open(url, '_blank', 'noopener'));
}

export function App({ initialUrl }: { initialUrl: string | null }) {
  const [current, setCurrent] = useState<Current>({ state: 'none' });
  const [library, setLibrary] = useState<LoadedLibrary | null>(null);
  /** Where the next page of the library starts (null: no more), and whether one is being read. */
  const paging = useRef<{ next: LibraryCursor | null; busy: boolean }>({ next: null, busy: false });

  const show = async (url: string) => {
    setCurrent({ state: 'loading', url });
    try {
      const [article, cross] = await Promise.all([
        request({ type: 'article:get', url }),
        // The comparison is an extra: the article is shown even if it fails.
        request({ type: 'crossSource:get', url }).catch(() => null),
      ]);
      setCurrent(article ? { state: 'found', article, cross } : { state: 'missing', url });
      // Then each meeting's timeline, which takes as long again: the rest is shown meanwhile.
      if (article && cross && cross.meetings.some((m) => m.reports.length > 0)) {
        const full = await request({ type: 'crossSource:get', url, timeline: true }).catch(() => null);
        if (full) setCurrent((shown) => (shown.state === 'found' && shown.article.url === article.url ? { ...shown, cross: full } : shown));
      }
    } catch (error) {
      setCurrent({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  /** The first page of the library (again, after an import). */
  const loadLibrary = () =>
    request({ type: 'library:page', after: null, limit: LIBRARY_PAGE })
      .then((page) => {
        paging.current = { next: page.next, busy: false };
        setLibrary({ articles: page.articles, total: page.total, more: page.next !== null });
      })
      .catch(() => setLibrary({ articles: [], total: 0, more: false }));

  /** The next page, added below the articles shown. */
  const loadMore = () => {
    const { next, busy } = paging.current;
    if (!next || busy) return;
    paging.current.busy = true;
    void request({ type: 'library:page', after: next, limit: LIBRARY_PAGE })
      .then((page) => {
        paging.current = { next: page.next, busy: false };
        setLibrary((shown) => {
          const seen = new Set(shown?.articles.map((a) => a.url));
          const articles = [...(shown?.articles ?? []), ...page.articles.filter((a) => !seen.has(a.url))];
          return { articles, total: page.total, more: page.next !== null };
        });
      })
      .catch(() => {
        paging.current.busy = false;
      });
  };

  useEffect(() => {
    void (async () => {
      const url = initialUrl ?? (await activeTabUrl());
      if (url) await show(url);
    })();
    void loadLibrary();
  }, []);

  const choose = (url: string) => {
    // Keep the choice in the address, so a reload (or a copied link to the page) shows the same article.
    const params = new URLSearchParams(location.search);
    params.set('url', url);
    history.replaceState(null, '', `?${params.toString()}`);
    void show(url);
  };

  return (
    <main class="popup">
      <header class="brand">
        <span class="brand-name">{t('brandName')}</span>
        <span class="brand-tagline">{t('brandTagline')}</span>
      </header>
      <section class="current" aria-live="polite" aria-busy={current.state === 'loading'}>
        {current.state === 'found' && <ArticleDetails article={current.article} cross={current.cross} onOpen={openTab} />}
        {current.state === 'loading' && <p class="notice">{t('loading')}</p>}
        {current.state === 'missing' && (
          <p class="notice" data-testid="article-missing">
            {t('articleMissing')}
          </p>
        )}
        {current.state === 'none' && <p class="notice">{t('noArticle')}</p>}
        {current.state === 'error' && (
          <p class="notice error" role="alert">
            {t('articleError', current.message)}
          </p>
        )}
      </section>
      <Library library={library} selected={current.state === 'found' ? current.article.url : null} onChoose={choose} onMore={loadMore} />
      <Exchange
        articleUrl={current.state === 'found' ? current.article.url : null}
        meetings={
          current.state === 'found' && current.cross
            ? current.cross.meetings.map((m) => ({ id: m.id, label: [m.participants.map((p) => p.name).join(t('listSeparator')), m.place, formatDate(m.date)].filter(Boolean).join(' · ') }))
            : []
        }
        onImported={() => {
          void loadLibrary();
          if (current.state === 'missing') void show(current.url);
        }}
      />
    </main>
  );
}
