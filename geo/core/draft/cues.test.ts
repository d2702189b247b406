import { describe, expect, it } from 'vitest';
import { claim, drafted, OUTLET } from './testing.ts';

/** The chain (names) and cue the drafter gives the first claim of a one-sentence report. */
function read(sentence: string) {
  const d = drafted(sentence);
  const c = claim(d, sentence.slice(0, 12));
  return { names: c.names, cue: c.cue, stance: c.stance, claims: d.claims.length };
}

describe('reporting cues and their sources', () => {
  it.each([
    ['The port authority said on Tuesday that two cranes had been damaged in the storm.', ['the port authority'], 'said'],
    ['Flood barriers held overnight, the mayor of Passau told reporters.', ['the mayor of Passau'], 'told'],
    ['According to the Lisbon Herald, the strike will continue until the end of the month.', ['The Lisbon Herald'], 'According to'],
    ['Reuters reported that the refinery near Porto had been shut for repairs.', ['Reuters'], 'reported'],
    ['Health Minister Ana Ribeiro confirmed that three patients had been discharged.', ['Ana Ribeiro'], 'confirmed'],
    ['The airline denied that any flights had been cancelled for lack of crews.', ['the airline'], 'denied'],
    ['Rebels claimed to have shot down a helicopter near Idlib.', ['Rebels'], 'claimed'],
    ['The electoral commission announced the final results after a recount.', ['the electoral commission'], 'announced'],
    ['It was reported that the bridge over the river had reopened.', ['unnamed reports'], 'It was reported'],
    ['Residents say the water supply has been cut for a week.', ['Residents'], 'say'],
    ['A second ministry official, speaking on condition of anonymity, said the talks had stalled.', ['a second ministry official'], 'said'],
    ['“The lines are down everywhere,” said Klaus Berger, who runs a bakery in the old town.', ['Klaus Berger'], 'said'],
    ['Several reports that the dam had been breached proved false.', ['several reports'], 'Several reports'],
    ['Rain fell all night, Hayley Brooks, a forecaster with the regional service, said on Friday.', ['Hayley Brooks'], 'said'],
    ['However, the ferries ran normally, said a transport ministry official.', ['a transport ministry official'], 'said'],
    ['The harbour master, Tomás Vidal, told reporters the channel was blocked.', ['Tomás Vidal'], 'told'],
    ['County Executive Maria Lopes urged residents to leave before nightfall.', ['Maria Lopes'], 'urged'],
  ])('%s', (sentence, chain, cue) => {
    const got = read(sentence);
    expect(got.names.slice(1).map((n) => n.toLowerCase())).toEqual(chain.map((n) => n.toLowerCase()));
    expect(got.names[0]).toBe(OUTLET);
    expect(got.cue).toBe(cue);
  });

  it('nests relays outermost first: outlet › relaying outlet › source', () => {
    const got = read('The Kyiv Independent reported that two regional officials said the dam near Kherson was intact.');
    expect(got.names).toEqual([OUTLET, 'Kyiv Independent', 'two regional officials']);
    expect(got.cue).toBe('said');
  });

  it('puts an outlet the source spoke to between the outlet and the source', () => {
    const got = read('A senior engineer confirmed to the Lisbon Herald that the tunnel would stay shut.');
    expect(got.names).toEqual([OUTLET, 'The Lisbon Herald', 'a senior engineer']);
  });

  it('does not repeat the report’s own outlet when a source spoke to it', () => {
    const got = read('Two firefighters told The Coastal Courier that the blaze started in a warehouse.');
    expect(got.names).toEqual([OUTLET, 'two firefighters']);
    expect(got.cue).toBe('told');
  });

  it('keeps the outlet’s own words unattributed', () => {
    const got = read('The storm flooded the lower town of Passau overnight.');
    expect(got.names).toEqual([OUTLET]);
    expect(got.cue).toBeNull();
    expect(got.stance).toBe('fact');
  });

  it('splits a sentence where the attribution changes', () => {
    const d = drafted('The ferry left the harbour at dawn, though the captain has said that the engine was faulty.');
    expect(d.claims.map((c) => c.quote)).toEqual([
      'The ferry left the harbour at dawn,',
      'though the captain has said that the engine was faulty.',
    ]);
    expect(claim(d, 'though').names).toEqual([OUTLET, 'the captain']);
    expect(claim(d, 'though').cue).toBe('has said');
  });

  it('splits off words quoted "in the words of" a source', () => {
    const d = drafted('The fire at the depot was “completely under control,” in the words of the regional fire chief.');
    expect(claim(d, 'The fire').names).toEqual([OUTLET]);
    expect(claim(d, '“completely').names).toEqual([OUTLET, 'the regional fire chief']);
  });

  it('resolves "He added", "She said" and a surname to the person named before', () => {
    const d = drafted(
      'Mayor Lena Ortiz said the evacuation was voluntary. She added that buses would run all night. Later, Ortiz said the shelters were full.',
    );
    expect(claim(d, 'She added').names).toEqual([OUTLET, 'Lena Ortiz']);
    expect(claim(d, 'Later').names).toEqual([OUTLET, 'Lena Ortiz']);
  });

  it('resolves "the newspaper" to the outlet relayed before, and "that source" to the official', () => {
    const d = drafted(
      'The Lisbon Herald reported that the port would close. The newspaper reports that dockers voted to strike.\n\nAnother official confirmed to Reuters the same figures. “Nobody expected it,” that source said.',
    );
    expect(claim(d, 'The newspaper').names).toEqual([OUTLET, 'The Lisbon Herald']);
    expect(claim(d, '“Nobody').names).toEqual([OUTLET, 'Reuters', 'another official']);
  });

  it('keeps the speaker for a quotation that follows the tag, in the paragraph and in the next', () => {
    const d = drafted(
      '“We have never seen water this high,” said Klaus Berger. “Everything in the cellar is gone.”\n\n“We will rebuild, but not this year.”',
    );
    expect(claim(d, '“Everything').names).toEqual([OUTLET, 'Klaus Berger']);
    expect(claim(d, '“Everything').cue).toBe('said');
    expect(claim(d, '“We will').names).toEqual([OUTLET, 'Klaus Berger']);
    expect(claim(d, '“We will').cue).toBeNull();
  });

  it('attributes a quotation that runs over two sentences to the tag after it', () => {
    const d = drafted('“I do not know whether the dyke will hold. But we are ready,” said Marta Silva, a hydrologist.');
    expect(d.claims).toHaveLength(1);
    expect(claim(d, '“I do not').names).toEqual([OUTLET, 'Marta Silva']);
  });
});
