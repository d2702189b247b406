/** A claim on one line or two: its quote (cut, or around the words found), stance, chain and where to read it. */
import type { Claim } from '../../geo/types';
import { chainWords, clip, quoted } from '../words/labels';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';
import { StanceBadge } from '../ui/ClaimCard';
import { around, Marked } from './Marked';

export function ClaimLine({
  claim,
  query = '',
  at = null,
  chain = 'relays',
  withEvent = false,
}: {
  claim: Claim;
  /** Words to mark. */
  query?: string;
  /** Where in the report's text the words were found, to show the quote around them. */
  at?: number | null;
  /** The whole chain, or only those who relayed the claim to its source (when the group names the source). */
  chain?: 'all' | 'relays';
  withEvent?: boolean;
}) {
  const model = useStore((s) => s.model)!;
  const lang = useLanguage((s) => s.lang);
  const { showClaim, selectEvent } = useStore.getState();
  const event = model.claimById.get(claim.id)?.event;
  const text = at === null ? clip(claim.quote.exact, 160) : around(claim.quote.exact, at - claim.quote.start);
  const voices = chain === 'all' ? claim.asserters : claim.asserters.slice(0, -1);
  return (
    <li className="compact-claim">
      <span className="compact-quote">
        <Marked text={quoted(text)} query={query} />
      </span>{' '}
      <StanceBadge claim={claim} />{' '}
      {voices.length > 0 && (
        <span className="muted">
          {chain === 'all' ? '' : 'via '}
          <Marked text={chainWords(voices, lang)} query={query} />
        </span>
      )}{' '}
      {withEvent && event && (
        <button type="button" className="link-button" onClick={() => selectEvent(event.id)}>
          {event.properties.title}
        </button>
      )}{' '}
      <button type="button" className="link-button" onClick={() => showClaim(claim.id)}>
        Show in report<span className="visually-hidden"> (claim {claim.id})</span>
      </button>
    </li>
  );
}
