import { describe, expect, it } from 'vitest';
import { claim, drafted } from './testing.ts';

// Sentences written for these tests, about other places and subjects than the reports.
describe('sources the words name', () => {
  it('finds the name before a description without an article ("Name, title of X, told")', () => {
    const d = drafted('Marta Silva, spokeswoman for the port authority of Porto, told reporters that two cranes had collapsed.');
    expect(claim(d, 'Marta Silva').names).toEqual(['The Coastal Courier', 'Marta Silva']);
  });

  it('keeps a name with a lowercase particle after a title', () => {
    const d = drafted('Sheikh Omar al-Rashid, head of the fishermen’s union, said the harbour was closed.');
    expect(claim(d, 'Sheikh Omar').names).toEqual(['The Coastal Courier', 'Omar al-Rashid']);
  });

  it('names a monitoring group in full, with its description set off by commas', () => {
    const d = drafted('The European Observatory for Coastal Safety, a monitoring group based in Lisbon, said 12 boats sank.');
    expect(claim(d, 'The European Observatory').names).toEqual(['The Coastal Courier', 'European Observatory for Coastal Safety']);
  });

  it('names the reporter an outlet sent, not the outlet, and does not take "reporting from" for a saying', () => {
    const d = drafted('The Harbour Gazette’s Ines Duarte, reporting from Porto, said the talks were understood to be close.');
    expect(claim(d, 'The Harbour Gazette').names).toEqual(['The Coastal Courier', 'Ines Duarte']);
  });

  it('names a person after a title that names a group, and a body after where it is based', () => {
    const d = drafted(
      'Rebel leader Abu Salim al-Tamimi, in a recorded speech, described the floods as a punishment.\nThe Lisbon-based European Observatory for Coastal Safety said 12 boats sank.',
    );
    expect(claim(d, 'Rebel leader').names).toEqual(['The Coastal Courier', 'Abu Salim al-Tamimi']);
    expect(claim(d, 'The Lisbon-based').names).toEqual(['The Coastal Courier', 'European Observatory for Coastal Safety']);
  });

  it('reads passive and coordinated attributions as their source’s', () => {
    const d = drafted(
      [
        'The ferry line was reopened on Saturday, it was announced by the regional port police.',
        'The harbour board has received reports that a second crane may have failed.',
        'The Defence Headquarters in Lisbon said the strike had ended, but denied that any sailors had been arrested.',
        'The port authority denied that the ferries had stopped, saying the situation was under control.',
      ].join('\n'),
    );
    expect(claim(d, 'The ferry line').names.at(-1)).toBe('The regional port police');
    expect(claim(d, 'The harbour board').names.at(-1)).toBe('reports');
    expect(claim(d, 'The Defence Headquarters').names).toEqual(['The Coastal Courier', 'The Defence Headquarters']);
    expect(claim(d, 'but denied')).toMatchObject({ stance: 'denial', names: ['The Coastal Courier', 'The Defence Headquarters'] });
    expect(claim(d, 'The port authority')).toMatchObject({ stance: 'denial', names: ['The Coastal Courier', 'the port authority'] });
  });

  it('finds the source before "who", a body before its description, and a whole Arabic name', () => {
    const d = drafted(
      [
        '"We had to leave," a docker who fled the harbour told the Courier by telephone.',
        'In neighbouring Spain, the European Observatory for Coastal Safety, a monitoring group, said 12 boats sank.',
        'State radio quoted Lieutenant General Abdul Karim al-Tamimi as saying the port was safe.',
        'Germany’s Harbour Gazette newspaper reported that the strike had spread.',
      ].join('\n'),
    );
    expect(claim(d, '"We had').names.at(-1)).toBe('a docker');
    expect(claim(d, 'In neighbouring Spain').names.at(-1)).toBe('European Observatory for Coastal Safety');
    expect(claim(d, 'State radio').names.at(-1)).toBe('Abdul Karim al-Tamimi');
    expect(claim(d, 'Germany’s Harbour Gazette').names.at(-1)).toBe('Harbour Gazette');
  });

  it('reads more ways people say things, and keeps who says them whole', () => {
    const d = drafted(
      [
        'Dockers walked off the Porto quays on Friday, residents and a harbour official said. Two cranes were stopped, they said.',
        'Fighters backing Lopez said they had closed the bridge.',
        'The dockers “left every crane in the port,” said a statement issued early Friday by the Harbour Council.',
        '“We did what we promised,” Mayor Rui Pedro Santos said.',
        'Santos also thanked the firefighters for their work. The harbour master pointed out that the tide was rising.',
        'The strike began a day after a truce that Portuguese-backed separatists say does not apply there.',
      ].join('\n'),
    );
    expect(claim(d, 'Two cranes').names).toEqual(['The Coastal Courier', 'residents and a harbour official']);
    expect(claim(d, 'Fighters backing').names.at(-1)).toBe('Fighters backing Lopez');
    expect(claim(d, 'The dockers').names.at(-1)).toBe('Harbour Council');
    expect(claim(d, '“We did').names).toEqual(['The Coastal Courier', 'Rui Pedro Santos']);
    expect(claim(d, 'Santos also').names.at(-1)).toBe('Rui Pedro Santos');
    expect(claim(d, 'The harbour master').stance).toBe('attributed');
    expect(claim(d, 'The strike began').names.at(-1)).toBe('Portuguese-backed separatists');
  });

  it('reads a headline ending "say witnesses", a relay and its day, and sources named by where they are', () => {
    const d = drafted(
      [
        'Storm floods the port of Porto, say witnesses',
        'Floods closed the port of Porto on Sunday, harbour sources told The Lisbon Herald Monday.',
        'Maria Lopes, another resident, said the water rose in minutes.',
        'Residents in the northern district of Porto said the pumps had failed.',
        'Initial reports indicate the dyke held. Portugal considers the dyke safe.',
      ].join('\n'),
    );
    expect(claim(d, 'Storm floods').names).toEqual(['The Coastal Courier', 'witnesses']);
    expect(claim(d, 'Storm floods').event?.place).toBe('porto');
    expect(claim(d, 'Floods closed').names).toEqual(['The Coastal Courier', 'The Lisbon Herald', 'harbour sources']);
    expect(claim(d, 'Maria Lopes').names.at(-1)).toBe('Maria Lopes');
    expect(claim(d, 'Residents in').names.at(-1)).toBe('residents');
    expect(claim(d, 'Initial reports').names.at(-1)).toBe('Initial reports');
    expect(claim(d, 'Portugal considers').stance).toBe('attributed');
  });

  it('reads a passive’s subject as what was said and its agent as who said it', () => {
    const d = drafted('Two dockers have been confirmed injured, the union said. The strike was announced by the dockers union.');
    expect(claim(d, 'Two dockers').names).toEqual(['The Coastal Courier', 'the union']);
    expect(claim(d, 'The strike was').names.at(-1)).toBe('the dockers union');
  });

  it('reads who saw it, who was told, and what is no source at all', () => {
    const d = drafted(
      [
        'Cranes burned at the port of Porto, a Lisbon Herald photographer in the city said.',
        'Dockers walked out, a union spokesman told Portuguese media.',
        'It was not possible to verify union claims of a second strike.',
        'Strikers asserted control of the quays on Monday.',
        'After a week, the union is now said to control every crane.',
      ].join('\n'),
    );
    expect(claim(d, 'Cranes burned').names).toEqual(['The Coastal Courier', 'Lisbon Herald']);
    expect(claim(d, 'Dockers walked').names).toEqual(['The Coastal Courier', 'Portuguese media', 'a union spokesman']);
    expect(claim(d, 'It was not possible').names).toEqual(['The Coastal Courier']);
    expect(claim(d, 'Strikers asserted').names).toEqual(['The Coastal Courier']);
    expect(claim(d, 'After a week')).toMatchObject({ names: ['The Coastal Courier'], stance: 'hedged' });
  });

  it('takes the source of "quoted X as saying" and of "X was quoted as saying"', () => {
    const d = drafted(
      'The radio quoted local farmers as saying that the dyke had held near Passau.\nThe regional council was quoted as saying that repairs would start soon.',
    );
    expect(claim(d, 'The radio quoted').names.at(-1)).toBe('local farmers');
    expect(claim(d, 'The regional council').names.at(-1)).toBe('The regional council');
  });

  it('reads "described X as" as a source’s words', () => {
    const d = drafted('Engineers described the repairs as "a race against the tide."');
    expect(claim(d, 'Engineers').names).toEqual(['The Coastal Courier', 'Engineers']);
  });

  it('reads "there are reports that" as a vague source, not the outlet’s fact', () => {
    const d = drafted('There are reports that a second ferry ran aground near Porto on Sunday.');
    expect(claim(d, 'There are reports').names).toEqual(['The Coastal Courier', 'reports']);
    expect(d.confidence?.[0].reasons).toContainEqual({ code: 'VAGUE_SOURCE', values: { cue: 'There are reports' } });
  });

  it.each([
    ['The crews were said to be exhausted after three days.', 'were said to'],
    ['The company is understood to have paid the fine.', 'is understood to'],
    ['Dozens of boats are reported to have left the harbour.', 'are reported to'],
    ['The mayor reportedly left the meeting early.', 'reportedly'],
    ['Explosions could be heard across the bay.', 'could'],
  ])('hedges impersonal attribution in the outlet’s voice: %s', (text, hedge) => {
    const d = drafted(text);
    expect(d.claims[0]).toMatchObject({ stance: 'hedged', asserters: ['coastal-courier'] });
    expect(d.claims[0].hedges?.[0]).toBe(hedge);
  });

  it('attributes a headline that ends with its source', () => {
    const d = drafted('Ferry services halted, port officials say\nAll ferry services were halted on Monday, port officials said.');
    expect(claim(d, 'Ferry services halted').names).toEqual(['The Coastal Courier', 'port officials']);
  });

  it('flags two sources in one sentence', () => {
    const d = drafted('A harbour official told the Courier on Monday that two ferries sank, and police confirmed it.');
    expect(d.confidence?.[0].level).toBe('low');
  });
});

describe('where it happened', () => {
  it('does not take where something was said for where it happened', () => {
    const d = drafted('A spokesman told reporters in Lisbon that two bridges had collapsed near Porto on Monday.');
    expect(d.events[0].place).toBe('porto');
  });

  it('reads the object of "entered", "seized" or "shelled" as the scene', () => {
    const d = drafted('Floodwater entered Dresden on Monday, officials said.');
    expect(d.events[0].place).toBe('dresden');
  });
});
