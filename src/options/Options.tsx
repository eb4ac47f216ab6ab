/**
 * Isnad's options: the sites on which it is paused, and the library's articles and sites, each
 * deletable (as is everything) after a confirmation step. Plain buttons and a form: the keyboard
 * reaches everything in reading order; Escape cancels a confirmation.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSummary, SiteSummary } from '../messages.ts';
import { countLabel, formatDate } from '../popup/format.ts';
import { t } from '../popup/i18n.ts';
import { request } from '../request.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** "https://www.example.com/a" or "www.example.com" → "www.example.com"; null if it names no host. */
export function hostOf(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    const host = new URL(text.includes('://') ? text : `https://${text}`).hostname;
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/** A delete button that asks first: the second click (or Enter on "confirm") deletes. */
function ConfirmButton({ label, question, onConfirm, testId }: { label: string; question: string; onConfirm: () => Promise<void>; testId: string }) {
  const [armed, setArmed] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  // The focus follows the question: onto "confirm" when asked, back onto the button when cancelled.
  useEffect(() => {
    if (armed) confirmRef.current?.focus();
    else if (cancelled.current) buttonRef.current?.focus();
    cancelled.current = false;
  }, [armed]);
  const cancel = () => {
    cancelled.current = true;
    setArmed(false);
  };
  if (!armed)
    return (
      <button type="button" ref={buttonRef} class="danger" data-testid={testId} onClick={() => setArmed(true)}>
        {label}
      </button>
    );
  return (
    <span class="row-actions" role="group" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <span class="confirm-text">{question}</span>
      <button
        type="button"
        ref={confirmRef}
        class="danger confirm"
        data-testid="confirm"
        onClick={() => {
          setArmed(false);
          void onConfirm();
        }}
      >
        {t('confirm')}
      </button>
      <button type="button" data-testid="cancel" onClick={cancel}>
        {t('cancel')}
      </button>
    </span>
  );
}

export function Options() {
  const [paused, setPaused] = useState<string[] | null>(null);
  const [sites, setSites] = useState<SiteSummary[] | null>(null);
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [hostInput, setHostInput] = useState('');
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    try {
      const [p, s, a] = await Promise.all([request({ type: 'sites:paused:list' }), request({ type: 'sites:list' }), request({ type: 'articles:list' })]);
      setPaused(p);
      setSites(s);
      setArticles(a);
    } catch (e) {
      setError(t('actionFailed', message(e)));
    }
  };

  useEffect(() => {
    void load();
  }, []);

  /** Runs an action, then reloads the lists and says what happened (or what went wrong). */
  const act = async (action: () => Promise<string>) => {
    setError(null);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (e) {
      setError(t('actionFailed', message(e)));
    }
    await load();
  };

  const pause = (event: Event) => {
    event.preventDefault();
    const host = hostOf(hostInput);
    if (!host) {
      setError(t('pauseInvalid', hostInput.slice(0, 100)));
      return;
    }
    void act(async () => {
      await request({ type: 'site:pause', host });
      setHostInput('');
      return t('pausedOn', host);
    });
  };

  const shown = articles?.filter((a) => !filter || a.title.includes(filter) || a.source.includes(filter) || a.url.includes(filter)) ?? [];

  return (
    <main class="options">
      <header class="brand">
        <span class="brand-name">{t('brandName')}</span>
        <span class="brand-tagline">{t('optionsTitle')}</span>
      </header>
      <div aria-live="polite">
        {status && (
          <p class="notice" data-testid="status" role="status">
            {status}
          </p>
        )}
        {error && (
          <p class="notice error" data-testid="error" role="alert">
            {error}
          </p>
        )}
      </div>

      <section aria-labelledby="paused-heading">
        <h2 id="paused-heading">{t('pausedHeading')}</h2>
        <p class="help">{t('pausedHelp')}</p>
        <form class="add" onSubmit={pause}>
          <label for="pause-host">{t('pauseHostLabel')}</label>
          <input id="pause-host" type="text" dir="ltr" data-testid="pause-host" value={hostInput} onInput={(e) => setHostInput((e.target as HTMLInputElement).value)} placeholder="www.example.com" />
          <button type="submit" data-testid="pause-add">
            {t('pauseAdd')}
          </button>
        </form>
        {paused && paused.length === 0 && <p class="empty">{t('pausedEmpty')}</p>}
        <ul class="rows" data-testid="paused-list">
          {paused?.map((host) => (
            <li key={host} data-testid="paused-site" data-host={host}>
              <span class="row-text" dir="ltr">
                {host}
              </span>
              <button type="button" data-testid="resume" onClick={() => void act(async () => (await request({ type: 'site:resume', host }), t('resumedOn', host)))}>
                {t('resume')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sitesHeading')}</h2>
        {sites && sites.length === 0 && <p class="empty">{t('libraryEmpty')}</p>}
        <ul class="rows" data-testid="site-list">
          {sites?.map((site) => (
            <li key={site.host} data-testid="site" data-host={site.host}>
              <span class="row-text">
                <span dir="auto">{site.name}</span>
                <span class="row-meta" dir="ltr">
                  {site.host} · {countLabel(site.articles)}
                </span>
              </span>
              <ConfirmButton
                testId="delete-site"
                label={t('deleteSite')}
                question={t('confirmDeleteSite', countLabel(site.articles))}
                onConfirm={() => act(async () => t('deletedArticles', countLabel((await request({ type: 'site:delete', host: site.host })).deleted)))}
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">{t('articlesHeading')}</h2>
        <p class="filter">
          <label>
            {t('filterLabel')}{' '}
            <input type="text" data-testid="article-filter" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
          </label>
        </p>
        <ul class="rows" data-testid="article-rows">
          {shown.map((a) => (
            <li key={a.url} data-testid="article-row" data-url={a.url}>
              <span class="row-text">
                <span dir="auto">{a.title || a.url}</span>
                <span class="row-meta">
                  {a.source}
                  {a.published && ` · ${formatDate(a.published)}`}
                </span>
              </span>
              <ConfirmButton
                testId="delete-article"
                label={t('deleteArticle')}
                question={t('confirmDeleteArticle')}
                onConfirm={() => act(async () => ((await request({ type: 'article:delete', url: a.url })).deleted ? t('deletedArticles', countLabel(1)) : t('deletedArticles', countLabel(0))))}
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="everything-heading">
        <h2 id="everything-heading">{t('deleteAllHeading')}</h2>
        <p class="help">{t('deleteAllHelp')}</p>
        <ConfirmButton
          testId="delete-all"
          label={t('deleteAll')}
          question={t('confirmDeleteAll', countLabel(articles?.length ?? 0))}
          onConfirm={() => act(async () => t('deletedArticles', countLabel((await request({ type: 'library:delete-all' })).deleted)))}
        />
      </section>
    </main>
  );
}
