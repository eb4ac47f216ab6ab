import type { ClaimComparisonView, NamedEntity, OtherVersionView, Verdict } from '../messages.ts';
import { formatDate } from './format.ts';
import { t } from './i18n.ts';
import { textFragmentLink } from './textFragment.ts';

/** The verdict as a journalist says it: "also said by …" names the others. */
function verdictText(claim: ClaimComparisonView): string {
  switch (claim.verdict) {
    case 'corroborated':
      return t('verdictCorroborated');
    case 'also-said-by': {
      const names = [...new Set(claim.others.filter((o) => o.relation === 'also-said-by' && o.speaker).map((o) => o.speaker!.name))];
      return names.length ? t('verdictAlsoSaidBy', names.join('، ')) : t('verdictAlsoSaidByOthers');
    }
    case 'attributed-differently':
      return t('verdictAttributedDifferently');
    case 'divergent':
      return t('verdictDivergent');
    default:
      return t('verdictOnlyHere');
  }
}

/** What another source's version adds to the verdict, in words. */
function versionNote(version: OtherVersionView): string {
  const who = (speaker: NamedEntity | null) => speaker?.name ?? t('nobody');
  if (version.relation === 'divergent') {
    if (version.divergence === 'numbers') return t('divergenceNumbers');
    if (version.divergence === 'negation') return t('divergenceNegation');
    if (version.divergence === 'assessment') return t('divergenceAssessment');
    return '';
  }
  if (version.relation === 'attributed-differently') return t('relationAttributedDifferently', who(version.speaker));
  if (version.relation === 'also-said-by') return t('relationAlsoSaidBy', who(version.speaker));
  return version.speaker ? '' : t('divergenceUnattributedThere');
}

const MARKS = /^[«"“”„»']+|[«"“”„»']+$/g;

/**
 * A claim's words: quotation marks only around what the source quoted (`quote`), the rest as
 * reported speech. Marks the text already carries are kept, never doubled.
 */
export function ClaimText({ text, quote, class: className }: { text: string; quote: string | null; class: string }) {
  const bare = quote?.replace(MARKS, '').trim() ?? '';
  const at = bare ? text.indexOf(bare) : -1;
  if (at < 0) {
    return (
      <p class={`${className} paraphrase`} dir="auto" title={t('paraphrase')} data-kind="paraphrase">
        {text.replace(MARKS, '')}
      </p>
    );
  }
  const before = text.slice(0, at);
  const after = text.slice(at + bare.length);
  // The source's own marks around the quote are shown as they are; missing ones are added.
  const marked = /[«"“„]\s*$/.test(before) && /^\s*[»"”]/.test(after);
  return (
    <p class={`${className} quoted-claim`} dir="auto" data-kind="quote">
      {before}
      {marked ? (
        <span class="quote" title={t('quoted')} data-testid="quote">
          {bare}
        </span>
      ) : (
        <q class="quote" title={t('quoted')} data-testid="quote">
          {bare}
        </q>
      )}
      {after}
    </p>
  );
}

function OtherVersion({ version, claim, onOpen }: { version: OtherVersionView; claim: ClaimComparisonView; onOpen: (url: string) => void }) {
  const link = textFragmentLink(version.url, version.text);
  const date = formatDate(version.published);
  const note = versionNote(version);
  return (
    <li class={`other-version ${version.relation}`} data-testid="other-version" data-relation={version.relation}>
      <a
        href={link}
        target="_blank"
        rel="noopener noreferrer"
        title={t('openAtSentence')}
        onClick={(event) => {
          event.preventDefault();
          onOpen(link);
        }}
      >
        <span class="version-source">
          {version.source}
          {date && <span class="version-date">{` · ${date}`}</span>}
        </span>
        {version.speaker && version.speaker.id !== claim.speaker?.id && <span class="version-speaker">{version.speaker.name}</span>}
        <ClaimText class="version-text" text={version.text} quote={version.quote} />
      </a>
      {note && (
        <p class={version.relation === 'divergent' ? 'divergence' : 'relation-note'} data-testid="version-note">
          {note}
        </p>
      )}
    </li>
  );
}

const VERDICTS: Verdict[] = ['corroborated', 'also-said-by', 'attributed-differently', 'divergent', 'only-here'];

/** Each claim of the current article, with what the other sources that report the same meeting say. */
export function Claims({ claims, onOpen }: { claims: ClaimComparisonView[]; onOpen: (url: string) => void }) {
  if (claims.length === 0) return <p class="empty">{t('noClaims')}</p>;
  return (
    <ol class="claims">
      {claims.map((c, i) => (
        <li key={i} class="claim" data-testid="claim" data-verdict={VERDICTS.includes(c.verdict) ? c.verdict : 'only-here'}>
          <p class="claim-line">
            <span class="claim-speaker">
              {c.speakers ? c.speakers.map((s) => s.name).join(t('listSeparator')) : (c.speaker?.name ?? c.institution ?? t('nobody'))}
            </span>
            {c.agency && (
              // The chain: the speaker's words came through this agency to the outlet.
              <span class="claim-agency" data-testid="claim-agency" data-agency={c.agency.id}>
                {t('viaAgency', c.agency.name)}
              </span>
            )}
            <span class="verdict" data-verdict={c.verdict}>
              {verdictText(c)}
            </span>
          </p>
          <ClaimText class="claim-text" text={c.claim.text} quote={c.claim.quote} />
          {c.others.length > 0 && (
            <ul class="other-versions" aria-label={t('otherVersions')}>
              {c.others.map((version) => (
                <OtherVersion key={version.url} version={version} claim={c} onOpen={onOpen} />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
