import type { ArticleView, CrossSourceView, OfficialView } from '../messages.ts';
import { Claims } from './Claims.tsx';
import { countLabel, formatDate, sourcesLabel, timesLabel } from './format.ts';
import { t, uiLanguage } from './i18n.ts';
import { Meetings } from './Meetings.tsx';

/** How many stored sources name an entity, when the cross-source view has come. */
function SourceCount({ id, cross }: { id: string; cross: CrossSourceView | null }) {
  const n = cross?.sourceCounts[id];
  if (n === undefined) return null;
  return (
    <span class="entity-sources" data-testid="source-count" data-count={n}>
      {sourcesLabel(n)}
    </span>
  );
}

/** The current article: its meetings, its claims against the other sources, its officials and agreements. */
/**
 * «وزير الخارجية، روسيا (2004–)» in an Arabic interface, "Foreign Minister, Russia (2004–)" in an
 * English one: the role in the reader's language, from the knowledge's own titles.
 */
function RoleLine({ official: o }: { official: OfficialView }) {
  const arabic = uiLanguage().startsWith('ar') && (o.roleAr || o.countryAr);
  const parts = arabic ? [o.roleAr ?? o.role, o.countryAr ?? o.country] : [o.role, o.country];
  const years = o.roleYears ? ` (${o.roleYears})` : '';
  return (
    <span class="entity-role" lang={arabic ? 'ar' : 'en'} dir={arabic ? 'rtl' : 'ltr'}>
      {parts.filter(Boolean).join(arabic ? '، ' : ', ') + years}
    </span>
  );
}

export function ArticleDetails({ article, cross, onOpen }: { article: ArticleView; cross: CrossSourceView | null; onOpen: (url: string) => void }) {
  const date = formatDate(article.published);
  return (
    <article class="article" data-testid="article">
      <h1 data-testid="article-title" dir="auto">
        {article.title}
      </h1>
      <p class="meta">
        <span data-testid="article-source">{article.source.name || article.source.host}</span>
        {article.agencies && article.agencies.length > 0 && (
          // The chain: the outlet ran the copy of these agencies.
          <span class="article-agencies" data-testid="article-agencies" data-agencies={article.agencies.map((a) => a.id).join(' ')}>
            {' · '}
            {t('viaAgency', article.agencies.map((a) => a.name).join(t('listSeparator')))}
          </span>
        )}
        {date && (
          <>
            {' · '}
            <time data-testid="article-date" dateTime={article.published ?? undefined}>
              {date}
            </time>
          </>
        )}
      </p>

      {cross?.sameTextAs && cross.sameTextAs.length > 0 && (
        <p class="notice same-text-notice" data-testid="same-text-as">
          {t('sameTextAs', [...new Set(cross.sameTextAs.map((r) => r.source))].join(t('listSeparator')))}
        </p>
      )}
      {cross && (
        <>
          <h2>{t('meetingsHeading')}</h2>
          <Meetings meetings={cross.meetings} onOpen={onOpen} />
          <h2>{t('claimsHeading')}</h2>
          <Claims claims={cross.claims} onOpen={onOpen} />
        </>
      )}

      <h2 id="officials-heading">
        {t('officialsHeading')} <span class="count">({countLabel(article.officials.length)})</span>
      </h2>
      {article.officials.length === 0 ? (
        <p class="empty">{t('noOfficials')}</p>
      ) : (
        <ul class="entities" data-testid="officials" aria-labelledby="officials-heading">
          {article.officials.map((o) => (
            <li key={o.id} data-testid="official">
              <span class="entity-name" dir="auto">
                {o.name}
              </span>
              {(o.role || o.country) && <RoleLine official={o} />}
              <span class="entity-count" data-testid="mention-count" data-count={o.mentions}>
                {timesLabel(o.mentions)}
              </span>
              <SourceCount id={o.id} cross={cross} />
            </li>
          ))}
        </ul>
      )}

      <h2 id="agreements-heading">
        {t('agreementsHeading')} <span class="count">({countLabel(article.agreements.length)})</span>
      </h2>
      {article.agreements.length === 0 ? (
        <p class="empty">{t('noAgreements')}</p>
      ) : (
        <ul class="entities" data-testid="agreements" aria-labelledby="agreements-heading">
          {article.agreements.map((a) => (
            <li key={a.id} data-testid="agreement">
              <span class="entity-name" dir="auto">
                {a.name}
              </span>
              {a.nameEn && (
                <span class="entity-role" lang="en" dir="ltr">
                  {a.nameEn}
                </span>
              )}
              <span class="entity-count" data-testid="mention-count" data-count={a.mentions}>
                {timesLabel(a.mentions)}
              </span>
              <SourceCount id={a.id} cross={cross} />
            </li>
          ))}
        </ul>
      )}
      <p class="source-link">
        <a
          href={article.url}
          target="_blank"
          rel="noopener noreferrer"
          onClick={(event) => {
            event.preventDefault();
            onOpen(article.url);
          }}
        >
          {t('openArticle')}
        </a>
      </p>
    </article>
  );
}
