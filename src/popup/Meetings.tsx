import { Fragment } from 'preact';
import type { MeetingGroupView } from '../messages.ts';
import type { MeetingKind } from '../nlp/types.ts';
import { formatDate } from './format.ts';
import { t } from './i18n.ts';

const KIND_KEYS: Record<MeetingKind, string> = {
  meeting: 'kindMeeting',
  talks: 'kindTalks',
  visit: 'kindVisit',
  summit: 'kindSummit',
  conference: 'kindConference',
  signing: 'kindSigning',
  'phone call': 'kindCall',
};

/** What kind of meeting, where and when, and who took part: one line each. */
export function MeetingHead({ meeting }: { meeting: Omit<MeetingGroupView, 'reports'> }) {
  const date = formatDate(meeting.date);
  return (
    <>
      <p class="meeting-what">
        <span class="meeting-kind">{t(KIND_KEYS[meeting.kind as MeetingKind] ?? 'kindMeeting')}</span>
        {meeting.place && <span class="meeting-place">{` · ${meeting.place}`}</span>}
        {date && (
          <>
            {' · '}
            <time dateTime={meeting.date ?? undefined}>{date}</time>
          </>
        )}
      </p>
      {meeting.participants.length > 0 && (
        <p class="meeting-who">
          <span class="label">{t('participants')}</span>{' '}
          {meeting.participants.map((p, i) => (
            // The separator stays outside the name's own direction, or Arabic names run together in an English UI.
            <Fragment key={p.id}>
              {i > 0 && t('listSeparator')}
              <bdi class="participant">{p.name}</bdi>
            </Fragment>
          ))}
        </p>
      )}
    </>
  );
}

/** The current article's meetings, each with the other stored reports of it. */
export function Meetings({ meetings, onOpen }: { meetings: MeetingGroupView[]; onOpen: (url: string) => void }) {
  if (meetings.length === 0) return <p class="empty">{t('noMeetings')}</p>;
  return (
    <div class="meetings">
      {meetings.map((meeting) => (
        <section key={meeting.id} class="meeting" data-testid="meeting">
          <MeetingHead meeting={meeting} />
          {meeting.reports.length === 0 ? (
            <p class="empty">{t('noOtherReports')}</p>
          ) : (
            <>
              <p class="label">{t('otherReports')}</p>
              <ul class="reports">
                {meeting.reports.map((r) => (
                  <li key={r.url}>
                    <a
                      href={r.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      onClick={(event) => {
                        event.preventDefault();
                        onOpen(r.url);
                      }}
                    >
                      <span class="report-source">{r.source}</span>
                      {r.published && <span class="report-date">{` · ${formatDate(r.published)}`}</span>}
                      <span class="report-title" dir="auto">
                        {r.title}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
