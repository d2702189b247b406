/**
 * The map's own vocabularies against what uses them: every asserter's kind and affiliation is a
 * term the map declares (or a default, map-vocabularies.ts), no term id is declared twice, and
 * every party an event names is an asserter.
 */
import { mapVocabularies, type MapVocabularies } from '../model/map-vocabularies.ts';
import type { Path, Problems } from '../model/problems.ts';
import type { MapInfo } from '../model/schema.ts';
import type { Registries } from './registries.ts';

export function checkTerms(
  info: MapInfo | null,
  reg: Registries,
  problems: Problems,
  where: (path: Path) => string,
  unreadable = false,
): MapVocabularies {
  const declared = info?.vocabularies;
  for (const name of ['kind', 'affiliation'] as const) {
    const seen = new Map<string, number>();
    declared?.[name]?.forEach((t, i) => {
      const path: Path = ['info', 'vocabularies', name, i, 'id'];
      const first = seen.get(t.id);
      if (first === undefined) seen.set(t.id, i);
      else
        problems.add('DUPLICATE_ID', path, `The ${name} "${t.id}" is declared twice.`, {
          case: 'id',
          id: t.id,
          at: where(['info', 'vocabularies', name, first]),
        });
    });
  }
  const vocab = mapVocabularies(declared);
  const known = { kind: new Set(vocab.kind.map((t) => t.id)), affiliation: new Set(vocab.affiliation.map((t) => t.id)) };
  for (const { value: a, path } of unreadable ? [] : reg.asserters.values()) {
    for (const name of ['kind', 'affiliation'] as const) {
      if (!known[name].has(a[name]))
        problems.add(
          'VOCABULARY_MISSING',
          [...path, name],
          `Asserter ${a.id} has the ${name} "${a[name]}", which the map's vocabularies do not define (${[...known[name]].join(', ')}).`,
          { where: where([...path, name]), vocabulary: name, term: a[name] },
          name === 'affiliation'
            ? 'Add it under vocabularies.affiliation in geo/map.yaml (id, label, colour), or use one declared there.'
            : "Use one of the default kinds, or declare the map's kinds under vocabularies.kind in geo/map.yaml.",
        );
    }
  }
  for (const { value: e, path } of reg.events.values()) {
    e.actors?.forEach((id, i) => {
      if (!reg.asserters.has(id))
        problems.add(
          'UNKNOWN_ASSERTER',
          [...path, 'actors', i],
          `Event ${e.id} names the party "${id}", which the asserters list does not have.`,
          {
            case: 'actor',
            id: e.id,
            asserter: id,
          },
        );
    });
  }
  return vocab;
}
