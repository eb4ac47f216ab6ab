import { useState } from 'preact/hooks';
import type { LibraryGroupView } from '../messages.ts';
import { formatDate } from './format.ts';
import { t } from './i18n.ts';
import { MeetingHead } from './Meetings.tsx';

/** Articles shown at first and added by each "show more": a library of thousands opens at once. */
const PAGE = 60;

/** The articles of the first `limit`, group by group (a group is cut, not dropped). */
function firstArticles(groups: LibraryGroupView[], limit: number): LibraryGroupView[] {
  const out: LibraryGroupView[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    const articles = group.articles.slice(0, left);
    out.push(articles.length === group.articles.length ? group : { ...group, articles });
    left -= articles.length;
  }
  return out;
}

/** Every stored article, under the meeting it reports; one list of buttons, so the keyboard walks it in order. */
export function Library({ groups, selected, onChoose }: { groups: LibraryGroupView[] | null; selected: string | null; onChoose: (url: string) => void }) {
  const [limit, setLimit] = useState(PAGE);
  const total = groups?.reduce((n, g) => n + g.articles.length, 0) ?? 0;
  const shown = groups === null ? null : firstArticles(groups, limit);
  return (
    <section class="library" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('libraryHeading')}</h2>
      {shown === null ? (
        <p class="notice">{t('loading')}</p>
      ) : (
        <div class="article-list" data-testid="article-list">
          {shown.length === 0 && <p class="empty">{t('libraryEmpty')}</p>}
          {shown.map((group) => (
            <section key={group.meeting?.id ?? 'none'} class="library-group" data-testid="library-group">
              {group.meeting ? (
                <div class="library-meeting">
                  <MeetingHead meeting={group.meeting} />
                </div>
              ) : (
                <p class="library-meeting label">{t('noMeetingGroup')}</p>
              )}
              <ul>
                {group.articles.map((a) => {
                  const date = formatDate(a.published);
                  return (
                    <li key={a.url}>
                      <button type="button" class="article-item" aria-current={a.url === selected ? 'true' : undefined} onClick={() => onChoose(a.url)}>
                        <span class="item-title" dir="auto">
                          {a.title || a.url}
                        </span>
                        <span class="item-meta">
                          {a.source}
                          {date && ` · ${date}`}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
          {total > limit && (
            <button type="button" class="show-more" data-testid="show-more" onClick={() => setLimit(limit + PAGE)}>
              {t('showMore', String(total - limit))}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
