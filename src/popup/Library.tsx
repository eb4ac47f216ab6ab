import type { LibraryArticleView, LibraryGroupView } from '../messages.ts';
import { formatDate } from './format.ts';
import { t } from './i18n.ts';
import { MeetingHead } from './Meetings.tsx';

/** Articles asked of the background at first and by each "show more": a library of thousands opens at once. */
export const LIBRARY_PAGE = 60;

/** The library pages read so far. */
export interface LoadedLibrary {
  articles: LibraryArticleView[];
  /** Articles in the whole library. */
  total: number;
  /** Whether the background has more after these. */
  more: boolean;
}

/**
 * The loaded articles under their meetings: groups in the order of their most recently read
 * article, the articles that report no meeting last. A later page adds to the groups already shown.
 */
export function groupArticles(articles: readonly LibraryArticleView[]): LibraryGroupView[] {
  const groups = new Map<string | null, LibraryGroupView>();
  for (const { meeting, ...summary } of articles) {
    const key = meeting?.id ?? null;
    const group = groups.get(key);
    if (group) group.articles.push(summary);
    else groups.set(key, { meeting, articles: [summary] });
  }
  const none = groups.get(null);
  groups.delete(null);
  return none ? [...groups.values(), none] : [...groups.values()];
}

/** Every stored article, under the meeting it reports; one list of buttons, so the keyboard walks it in order. */
export function Library({
  library,
  selected,
  onChoose,
  onMore,
}: {
  library: LoadedLibrary | null;
  selected: string | null;
  onChoose: (url: string) => void;
  onMore: () => void;
}) {
  const groups = library === null ? null : groupArticles(library.articles);
  return (
    <section class="library" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('libraryHeading')}</h2>
      {groups === null ? (
        <p class="notice">{t('loading')}</p>
      ) : (
        <div class="article-list" data-testid="article-list">
          {groups.length === 0 && <p class="empty">{t('libraryEmpty')}</p>}
          {groups.map((group) => (
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
          {library!.more && (
            <button type="button" class="show-more" data-testid="show-more" onClick={onMore}>
              {t('showMore', String(Math.max(0, library!.total - library!.articles.length)))}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
