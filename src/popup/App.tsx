/**
 * The popup: the article of the current tab (or of `?url=`), what was found in it, and the
 * library of stored articles. Everything from pages is rendered as text (JSX escapes it).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ArticleSummary, ArticleView } from '../messages.ts';
import { request } from '../request.ts';
import { ArticleDetails } from './ArticleDetails.tsx';
import { Library } from './Library.tsx';

type Current = { state: 'none' } | { state: 'loading'; url: string } | { state: 'missing'; url: string } | { state: 'found'; article: ArticleView } | { state: 'error'; message: string };

async function activeTabUrl(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url && /^https?:/.test(tab.url) ? tab.url : null;
  } catch {
    return null;
  }
}

export function App({ initialUrl }: { initialUrl: string | null }) {
  const [current, setCurrent] = useState<Current>({ state: 'none' });
  const [library, setLibrary] = useState<ArticleSummary[] | null>(null);

  const show = async (url: string) => {
    setCurrent({ state: 'loading', url });
    try {
      const article = await request({ type: 'article:get', url });
      setCurrent(article ? { state: 'found', article } : { state: 'missing', url });
    } catch (error) {
      setCurrent({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  useEffect(() => {
    void (async () => {
      const url = initialUrl ?? (await activeTabUrl());
      if (url) await show(url);
    })();
    request({ type: 'articles:list' })
      .then(setLibrary)
      .catch(() => setLibrary([]));
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
        <span class="brand-name">إسناد</span>
        <span class="brand-tagline">من قال ماذا في الأخبار</span>
      </header>
      <section class="current" aria-live="polite" aria-busy={current.state === 'loading'}>
        {current.state === 'found' && <ArticleDetails article={current.article} />}
        {current.state === 'loading' && <p class="notice">جارٍ التحميل…</p>}
        {current.state === 'missing' && (
          <p class="notice" data-testid="article-missing">
            لم تُحفظ هذه الصفحة في المكتبة: إسناد يقرأ صفحات الأخبار العربية فقط.
          </p>
        )}
        {current.state === 'none' && <p class="notice">افتح خبرًا عربيًا، أو اختر مقالًا من المكتبة.</p>}
        {current.state === 'error' && (
          <p class="notice error" role="alert">
            تعذّر عرض المقال: {current.message}
          </p>
        )}
      </section>
      <Library articles={library} selected={current.state === 'found' ? current.article.url : null} onChoose={choose} />
    </main>
  );
}
