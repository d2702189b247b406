/**
 * The voices of one report, as the drafter meets them: one entry per voice, found again when the
 * text points back ("Clapper" after "James Clapper", "he", "the advisor", "the newspaper").
 * As in asserters.yaml, unnamed voices are one only when the text makes them one.
 */
import type { AsserterInput } from '../model/schema.ts';
import type { Affiliation } from '../model/vocab.ts';
import { describe, type Described } from './sources.ts';
import { fold, slug } from './text.ts';

export interface Voice extends AsserterInput {
  plural: boolean;
  lastName?: string;
}

/** Words that tell one unnamed group from another; "U.S." does not ("defense officials" = "U.S. defense officials"). */
const COUNTED = /\b(?:one|two|three|four|five|several|some|many|another|second|third|other|a|an)\b/i;
const LOOSE = /\b(?:the|u\s?s|us|united states|american|iraqi|iranian|syrian|israeli|british|russian|western|senior|top)\b/g;
const loose = (name: string) => fold(name).replace(LOOSE, ' ').replace(/\s+/g, ' ').trim();
const GROUP =
  /(?:(?:\p{Lu}[\p{L}.’'-]*|[a-z]+)\s+){0,3}(?:officials|sources|diplomats|commanders|leaders|analysts|experts|spokesmen|aides|officers|ministers)\b/gu;

const SYNONYMS: Record<string, string[]> = {
  source: ['source', 'official', 'advisor', 'adviser', 'diplomat', 'aide'],
  official: ['official', 'source'],
  adviser: ['advisor', 'adviser'],
  advisor: ['advisor', 'adviser'],
};

export class Voices {
  readonly list: Voice[] = [];
  readonly outlet: Voice;
  /** Voices in the order they were last named: what "he" or "the advisor" points back to. */
  private recent: Voice[] = [];
  /** The relays a voice was last heard through: "that source" said it to the New York Times too. */
  readonly via = new Map<Voice, Voice[]>();

  constructor(
    outletName: string,
    outletId: string | undefined,
    private isPlace: (name: string) => boolean,
  ) {
    this.outlet = this.add(
      { name: outletName, kind: 'outlet', affiliation: 'independent-media', plural: false, note: "The report's own outlet." },
      outletId,
    );
  }

  private add(d: Described, id?: string): Voice {
    let base = id ?? slug(d.name.replace(/^(?:the|a|an)\s+/i, ''));
    if (this.list.some((v) => v.id === base)) base = `${base}-${this.list.length + 1}`;
    const voice: Voice = {
      id: base,
      name: d.name,
      kind: d.kind,
      affiliation: d.affiliation as Affiliation,
      plural: d.plural,
      ...(d.lastName ? { lastName: d.lastName } : {}),
      ...(d.note ? { note: d.note } : {}),
    };
    this.list.push(voice);
    return voice;
  }

  private seen(v: Voice): Voice {
    this.recent = [v, ...this.recent.filter((r) => r !== v)];
    return v;
  }

  /** The report's own outlet, by its name or its initials ("AP" for the Associated Press). */
  private isOwnOutlet(name: string): boolean {
    const bare = (n: string) => fold(n).replace(/^the /, '');
    const own = bare(this.outlet.name);
    if (bare(name) === own) return true;
    const initials = own
      .split(/\s+/)
      .filter((w) => !['of', 'and', 'for', 'the'].includes(w))
      .map((w) => w[0])
      .join('');
    return /^[A-Z]{2,5}$/.test(name) && initials.length > 1 && name.toLowerCase() === initials;
  }

  /** The voice a source phrase names, or null when it names no one the drafter can tell. */
  resolve(phrase: string, context = '', heard = true): Voice | null {
    const voice = this.find(phrase, context);
    if (voice && heard) this.seen(voice);
    return voice;
  }

  private find(phrase: string, context: string): Voice | null {
    const d = describe(phrase, this.isPlace);
    if (!d) return null;
    if ('refers' in d && d.refers === 'they') {
      // "Pentagon officials are watching…, though they concede": the group named just before.
      const named = [...context.matchAll(GROUP)].pop()?.[0];
      const voice = named ? this.find(named.replace(/^(?:of|that|by|for|to|and|but)\s+/i, ''), '') : null;
      if (voice) return voice;
    }
    if ('refers' in d) {
      const pick = (test: (v: Voice) => boolean) => this.recent.find((v) => v !== this.outlet && test(v)) ?? null;
      const found =
        d.refers === 'he'
          ? pick((v) => !v.plural && ['named-official', 'analyst', 'anonymous-official', 'militia'].includes(v.kind))
          : d.refers === 'they'
            ? pick((v) => v.plural && v.kind !== 'outlet')
            : d.refers === 'it'
              ? pick((v) => ['government-body', 'outlet', 'armed-group'].includes(v.kind))
              : d.refers === 'outlet'
                ? pick((v) => v.kind === 'outlet')
                : pick((v) =>
                    (SYNONYMS[d.refers] ?? [d.refers]).some((w) =>
                      fold(v.name)
                        .split(' ')
                        .some((n) => n.startsWith(w)),
                    ),
                  );
      if (found) return found;
      if (['he', 'they', 'it', 'outlet'].includes(d.refers)) return null;
      return this.add({ name: phrase.replace(/^The\b/, 'the'), kind: 'anonymous-official', affiliation: 'unknown', plural: false });
    }
    if (d.kind === 'outlet' && this.isOwnOutlet(d.name)) return this.outlet;
    const key = fold(d.name).replace(/^(?:the|a|an) /, '');
    const same =
      this.list.find((v) => fold(v.name).replace(/^(?:the|a|an) /, '') === key) ??
      (d.lastName && !d.name.includes(' ') ? this.list.find((v) => v.lastName === d.lastName) : undefined) ??
      this.sameGroup(d);
    return same ?? this.add(d);
  }

  /** An unnamed group named again with or without its country: keeps the fuller name. */
  private sameGroup(d: Described): Voice | undefined {
    if (d.kind !== 'anonymous-official' || !d.plural || COUNTED.test(d.name)) return undefined;
    const v = this.list.find((x) => x.kind === d.kind && x.plural && !COUNTED.test(x.name) && loose(x.name) === loose(d.name));
    if (v && d.name.length > v.name.length) {
      v.name = d.name;
      const id = slug(d.name);
      if (!this.list.some((x) => x.id === id)) v.id = id;
      if (v.affiliation === 'unknown') v.affiliation = d.affiliation as Affiliation;
    }
    return v;
  }

  /** The asserters in the authored shape (ids, names, kinds, affiliations, notes). */
  asserters(used: Set<string>): AsserterInput[] {
    return this.list
      .filter((v) => v === this.outlet || used.has(v.id))
      .map(({ id, name, kind, affiliation, note }) => ({ id, name, kind, affiliation, ...(note ? { note } : {}) }));
  }
}
