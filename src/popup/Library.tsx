import type { ArticleSummary } from '../messages.ts';
import { formatDate } from './format.ts';

export function Library({ articles, selected, onChoose }: { articles: ArticleSummary[] | null; selected: string | null; onChoose: (url: string) => void }) {
  return (
    <section class="library" aria-labelledby="library-heading">
      <h2 id="library-heading">المكتبة</h2>
      {articles === null ? (
        <p class="notice">جارٍ التحميل…</p>
      ) : (
        <>
          {articles.length === 0 && <p class="empty">لا مقالات محفوظة بعد.</p>}
          <ul class="article-list" data-testid="article-list">
            {articles.map((a) => {
              const date = formatDate(a.published);
              return (
                <li key={a.url}>
                  <button type="button" class="article-item" aria-current={a.url === selected ? 'true' : undefined} onClick={() => onChoose(a.url)}>
                    <span class="item-title">{a.title || a.url}</span>
                    <span class="item-meta">
                      {a.source}
                      {date && ` · ${date}`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
