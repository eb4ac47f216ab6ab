import type { ArticleView } from '../messages.ts';
import { countLabel, formatDate, timesLabel } from './format.ts';

export function ArticleDetails({ article }: { article: ArticleView }) {
  const date = formatDate(article.published);
  return (
    <article class="article" data-testid="article">
      <h1 data-testid="article-title">{article.title}</h1>
      <p class="meta">
        <span data-testid="article-source">{article.source.name || article.source.host}</span>
        {date && (
          <>
            {' · '}
            <time data-testid="article-date" dateTime={article.published ?? undefined}>
              {date}
            </time>
          </>
        )}
      </p>

      <h2 id="officials-heading">
        المسؤولون <span class="count">({countLabel(article.officials.length)})</span>
      </h2>
      {article.officials.length === 0 ? (
        <p class="empty">لم يُعثر على مسؤولين في هذا المقال.</p>
      ) : (
        <ul class="entities" data-testid="officials" aria-labelledby="officials-heading">
          {article.officials.map((o) => (
            <li key={o.id} data-testid="official">
              <span class="entity-name">{o.name}</span>
              {(o.role || o.country) && (
                <span class="entity-role" lang="en" dir="ltr">
                  {[o.role, o.country].filter(Boolean).join(', ')}
                </span>
              )}
              <span class="entity-count" data-testid="mention-count" data-count={o.mentions}>
                {timesLabel(o.mentions)}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2 id="agreements-heading">
        الاتفاقات <span class="count">({countLabel(article.agreements.length)})</span>
      </h2>
      {article.agreements.length === 0 ? (
        <p class="empty">لم يُعثر على اتفاقات في هذا المقال.</p>
      ) : (
        <ul class="entities" data-testid="agreements" aria-labelledby="agreements-heading">
          {article.agreements.map((a) => (
            <li key={a.id} data-testid="agreement">
              <span class="entity-name">{a.name}</span>
              {a.nameEn && (
                <span class="entity-role" lang="en" dir="ltr">
                  {a.nameEn}
                </span>
              )}
              <span class="entity-count" data-testid="mention-count" data-count={a.mentions}>
                {timesLabel(a.mentions)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="source-link">
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          فتح المقال
        </a>
      </p>
    </article>
  );
}
