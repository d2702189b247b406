import { describe, expect, it } from 'vitest';
import { hedgesIn, stanceOf } from './stance.ts';
import { claim, drafted } from './testing.ts';

describe('stance of a claim', () => {
  it.each([
    ['The drought may last into the autumn.', ['may']],
    ['The ferry apparently ran aground after its engine failed.', ['apparently']],
    ['It is more than likely that the vote will be delayed.', ['more than likely']],
    ['If the levee breaks, the village will be evacuated.', ['If']],
    ['Should the talks fail, the union will strike again.', ['Should']],
    ['The blaze appears to have started in a kitchen.', ['appears']],
    ['The minister could have known about the leak, perhaps for weeks.', ['could have', 'perhaps']],
    ['A reported 2,000 people were moved to higher ground.', ['A reported']],
    ['Such a deal would cut costs for the smaller ports.', ['would']],
    ['The cause of the derailment is still not fully known.', ['still not fully known']],
    ['Six were hurt but the toll was feared higher.', ['was feared']],
    ['Suspected smugglers sank the ferry.', ['Suspected']],
  ])('hedged: %s', (quote, hedges) => {
    expect(stanceOf(quote, 1, false)).toEqual({ stance: 'hedged', hedges });
    for (const h of hedges) expect(quote.toLowerCase()).toContain(h.toLowerCase());
  });

  it('keeps the month May and reporting verbs out of the hedges', () => {
    expect(hedgesIn('The plant closed in May after Reuters reported a leak.', true)).toEqual([]);
    expect(stanceOf('The plant closed in May.', 1, false).stance).toBe('fact');
  });

  it('reads "would" in reported speech as the past of "will", in the outlet’s voice as a guess', () => {
    expect(stanceOf('The minister said the plant would reopen next year.', 2, false).stance).toBe('attributed');
    expect(stanceOf('The plant would reopen next year.', 1, false).stance).toBe('hedged');
  });

  it.each([
    ['The army denied that its troops had entered the town.', true],
    ['The ministry said its aircraft did not strike the market.', false],
    ['The club said the coach was not involved in the decision.', false],
    ['The operator said it has no plans to close the line.', false],
  ])('denial: %s', (quote, denialCue) => {
    expect(stanceOf(quote, 2, denialCue).stance).toBe('denial');
  });

  it('reads "declined to say" as a question left open, "declined to join" as a refusal', () => {
    expect(stanceOf('He declined to say which company built the crane.', 2, false)).toEqual({
      stance: 'hedged',
      hedges: ['declined to say'],
    });
    expect(stanceOf('The union declined to join the talks.', 2, false).stance).toBe('denial');
  });

  it('leaves a negation in the outlet’s own voice a fact, and a state is no denial', () => {
    expect(stanceOf('The bridge did not reopen on Monday.', 1, false).stance).toBe('fact');
    expect(stanceOf('Officials said the town does not have enough beds.', 2, false).stance).toBe('attributed');
  });

  it('is attributed when a source is named, fact when the outlet speaks', () => {
    const d = drafted('Residents reported hearing explosions near the port. The port reopened on Monday.');
    expect(claim(d, 'Residents').stance).toBe('attributed');
    expect(claim(d, 'The port').stance).toBe('fact');
  });

  it('gives hedged claims their hedges in the draft, as check() wants them', () => {
    const d = drafted('Prices could rise by a tenth, analysts said. Officials denied that rationing was planned.');
    expect(claim(d, 'Prices')).toMatchObject({ stance: 'hedged', hedges: ['could'] });
    expect(claim(d, 'Officials')).toMatchObject({ stance: 'denial' });
    expect(claim(d, 'Officials').hedges).toBeUndefined();
  });
});
