import { Fragment } from 'preact';
import type { FirstClaimView, MeetingGroupView, TimelineEntryView } from '../messages.ts';
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

/** A claim in the timeline: its speaker, then the words (in quotation marks only when the source quoted them). */
function ClaimLine({ claim: c }: { claim: FirstClaimView }) {
  return (
    <>
      {c.speaker && <bdi class="speaker">{c.speaker.name}</bdi>}
      {c.speaker && ': '}
      <span dir="auto">{c.quote ? `«${c.quote}»` : c.text}</span>
    </>
  );
}

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
          {meeting.independentReports !== undefined && meeting.reports.length > 0 && (
            <p class="independent-count" data-testid="independent-reports" data-count={meeting.independentReports}>
              {t('independentReports', meeting.independentReports, meeting.timeline?.length ?? meeting.reports.length + 1)}
            </p>
          )}
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
                    {r.sameTextAs && r.sameTextAs.length > 0 && <span class="badge same-text">{t('sameTextBadge')}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {meeting.timeline && meeting.timeline.length > 1 && <Timeline entries={meeting.timeline} onOpen={onOpen} />}
        </section>
      ))}
    </div>
  );
}

/**
 * A meeting's reports in order of publication: each marked independent or of the same text as
 * another (a hatched marker and a word, not colour alone), with the claims it carried first.
 */
export function Timeline({ entries, onOpen }: { entries: TimelineEntryView[]; onOpen: (url: string) => void }) {
  const sourceOf = new Map(entries.map((e) => [e.url, e.source]));
  return (
    <>
      <p class="label">{t('timelineHeading')}</p>
      <ol class="timeline" data-testid="timeline">
        {entries.map((e) => {
          const shared = e.sameTextAs.length > 0;
          return (
            <li key={e.url} class={`timeline-entry ${shared ? 'shared' : 'independent'}${e.current ? ' current' : ''}`} data-testid="timeline-entry" data-kind={shared ? 'same-text' : 'independent'} aria-current={e.current ? 'true' : undefined}>
              <p class="timeline-head">
                {e.published && <time dateTime={e.published}>{formatDate(e.published)}</time>}
                {' · '}
                <a
                  href={e.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(e.url);
                  }}
                >
                  <span class="report-source">{e.source}</span>
                </a>
                {e.current && <span class="badge current-badge">{t('timelineCurrent')}</span>}
                {shared ? (
                  <span class="badge same-text" data-testid="timeline-same-text">
                    {t('timelineSameAs', [...new Set(e.sameTextAs.map((u) => sourceOf.get(u) ?? u))].join(t('listSeparator')))}
                  </span>
                ) : (
                  <span class="badge independent">{t('independentBadge')}</span>
                )}
              </p>
              {e.changed && e.changed.length > 0 && (
                <>
                  <p class="label">{t('timelineChanged')}</p>
                  <ul class="first-claims changed-claims">
                    {e.changed.map((c, i) => (
                      <li key={i} data-testid="changed-claim" data-relation={c.relation}>
                        <ClaimLine claim={c} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {e.dropped && e.dropped.length > 0 && (
                <>
                  <p class="label">{t('timelineDropped')}</p>
                  <ul class="first-claims dropped-claims">
                    {e.dropped.map((c, i) => (
                      <li key={i} data-testid="dropped-claim">
                        <ClaimLine claim={c} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {e.firstClaims.length === 0 ? (
                <p class="empty timeline-nothing">{t('timelineNothingNew')}</p>
              ) : (
                <>
                  <p class="label">{t('timelineFirst')}</p>
                  <ul class="first-claims">
                    {e.firstClaims.map((c, i) => (
                      <li key={i} data-testid="first-claim">
                        <ClaimLine claim={c} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
