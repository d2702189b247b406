/** A claim on one line or two: its quote (cut, or around the words found), stance, chain and where to read it. */
import { FormattedMessage } from 'react-intl';
import type { Claim } from '../../geo/types';
import { DATA_TEXT, textDirection } from '../ui/text-direction';
import { useT } from '../words/i18n';
import { chainWords, clip, quoted } from '../words/labels';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';
import { quoteStart, StanceBadge } from '../ui/ClaimCard';
import { around, Marked } from './Marked';
import { EventLink } from './EventLink';
import { SPACE } from '../ui/space';

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
  const t = useT();
  const model = useStore((s) => s.model)!;
  const lang = useLanguage((s) => s.lang);
  const { showClaim } = useStore.getState();
  const event = model.claimById.get(claim.id)?.event;
  const text = at === null ? clip(claim.quote.exact, 160) : around(claim.quote.exact, at - claim.quote.start);
  const voices = chain === 'all' ? claim.asserters : claim.asserters.slice(0, -1);
  const voiceWords = (
    <span {...DATA_TEXT}>
      <Marked text={chainWords(voices, lang)} query={query} />
    </span>
  );
  return (
    <li className="compact-claim">
      <span className="compact-quote" translate="no" dir={textDirection(claim.quote.exact)}>
        <Marked text={quoted(text)} query={query} />
      </span>
      {SPACE}
      <StanceBadge claim={claim} />
      {SPACE}
      {voices.length > 0 && (
        <span className="muted">
          {chain === 'all' ? voiceWords : <FormattedMessage id="panel.claim.via" values={{ chain: voiceWords }} />}
        </span>
      )}
      {SPACE}
      {withEvent && event && <EventLink event={event} />}
      {SPACE}
      <button type="button" className="link-button" onClick={() => showClaim(claim.id)}>
        {t('panel.claim.showInReport')}
        <span className="visually-hidden">
          {SPACE}
          <FormattedMessage id="panel.claim.which" values={{ start: <span {...DATA_TEXT}>{quoteStart(claim.quote.exact)}</span> }} />
        </span>
      </button>
    </li>
  );
}
