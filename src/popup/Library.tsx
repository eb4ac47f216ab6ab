import type { LibraryGroupView } from '../messages.ts';
import { formatDate } from './format.ts';
import { t } from './i18n.ts';
import { MeetingHead } from './Meetings.tsx';

/** Every stored article, under the meeting it reports; one list of buttons, so the keyboard walks it in order. */
export function Library({ groups, selected, onChoose }: { groups: LibraryGroupView[] | null; selected: string | null; onChoose: (url: string) => void }) {
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
        </div>
      )}
    </section>
  );
}
