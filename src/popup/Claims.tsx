import type { ClaimComparisonView, OtherVersionView, Verdict } from '../messages.ts';
import { formatDate } from './format.ts';
import { t } from './i18n.ts';
import { textFragmentLink } from './textFragment.ts';

const VERDICT_KEYS: Record<Verdict, string> = { corroborated: 'verdictCorroborated', 'only-here': 'verdictOnlyHere', divergent: 'verdictDivergent' };

/** What differs between a claim and another source's version of it, in words. */
function divergenceText(version: OtherVersionView, claim: ClaimComparisonView): string {
  switch (version.divergence) {
    case 'numbers':
      return t('divergenceNumbers');
    case 'speaker':
      return t('divergenceSpeaker', version.speaker?.name ?? t('nobody'), claim.speaker?.name ?? t('nobody'));
    case 'attribution':
      return version.speaker ? t('divergenceAttributedThere', version.speaker.name) : t('divergenceUnattributedThere');
    default:
      return '';
  }
}

function OtherVersion({ version, claim, onOpen }: { version: OtherVersionView; claim: ClaimComparisonView; onOpen: (url: string) => void }) {
  const link = textFragmentLink(version.url, version.text);
  const date = formatDate(version.published);
  const detail = divergenceText(version, claim);
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
        <q class={`version-text${hasOwnQuotes(version.text) ? ' own-quotes' : ''}`} dir="auto">
          {version.text}
        </q>
      </a>
      {detail && <p class="divergence">{detail}</p>}
    </li>
  );
}

/** A claim that opens with its own quotation mark is not wrapped in a second pair. */
function hasOwnQuotes(text: string): boolean {
  return /^[«"“”„]/.test(text.trim());
}

/** Each claim of the current article, with what the other sources that report the same meeting say. */
export function Claims({ claims, onOpen }: { claims: ClaimComparisonView[]; onOpen: (url: string) => void }) {
  if (claims.length === 0) return <p class="empty">{t('noClaims')}</p>;
  return (
    <ol class="claims">
      {claims.map((c, i) => (
        <li key={i} class="claim" data-testid="claim" data-verdict={c.verdict}>
          <p class="claim-line">
            <span class="claim-speaker">{c.speaker?.name ?? t('nobody')}</span>
            <span class="verdict" data-verdict={c.verdict}>
              {t(VERDICT_KEYS[c.verdict])}
            </span>
          </p>
          <q class={`claim-text${hasOwnQuotes(c.claim.text) ? ' own-quotes' : ''}`} dir="auto">
            {c.claim.text}
          </q>
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
