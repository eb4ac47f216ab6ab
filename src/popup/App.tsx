/**
 * The popup: the article of the current tab (or of `?url=`) against the other stored sources,
 * and the library grouped by meeting. Everything from pages is rendered as text (JSX escapes it).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ArticleView, CrossSourceView, LibraryGroupView } from '../messages.ts';
import { request } from '../request.ts';
import { ArticleDetails } from './ArticleDetails.tsx';
import { Exchange } from './Exchange.tsx';
import { formatDate } from './format.ts';
import { t } from './i18n.ts';
import { Library } from './Library.tsx';

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
  const [library, setLibrary] = useState<LibraryGroupView[] | null>(null);

  const show = async (url: string) => {
    setCurrent({ state: 'loading', url });
    try {
      const [article, cross] = await Promise.all([
        request({ type: 'article:get', url }),
        // The comparison is an extra: the article is shown even if it fails.
        request({ type: 'crossSource:get', url }).catch(() => null),
      ]);
      setCurrent(article ? { state: 'found', article, cross } : { state: 'missing', url });
    } catch (error) {
      setCurrent({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const loadLibrary = () =>
    request({ type: 'library:byMeeting' })
      .then(setLibrary)
      .catch(() => setLibrary([]));

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
      <Library groups={library} selected={current.state === 'found' ? current.article.url : null} onChoose={choose} />
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
