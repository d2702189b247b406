/**
 * The drafter and its gazetteer, loaded when the studio first needs them (drafting, or picking a
 * place): they are not part of the map's own load. The world gazetteer (every town of 1,000 people
 * or more) loads only when a text is drafted, once.
 */
import type { Draft, Gazetteer, GazetteerPlace } from '../../geo/core/draft/types.ts';
import { loadWorldTowns } from './world-towns';
import type { PlaceInput } from '../../geo/core/model/schema.ts';
import type { findOutlet, nextReportId } from '../../geo/core/draft/corpus.ts';
import type { StudioWork } from './work.ts';

type World = NonNullable<Gazetteer['world']>;

export interface Drafting {
  draft: (text: string, meta: { outlet: string; published: string; reportId: string; outletId?: string }, world?: World | null) => Draft;
  gazetteer: Gazetteer;
  placeInput: (p: GazetteerPlace) => PlaceInput;
  findOutlet: typeof findOutlet;
  nextReportId: typeof nextReportId;
  slug: (s: string) => string;
}

let loading: Promise<Drafting> | undefined;

export function loadDrafting(): Promise<Drafting> {
  loading ??= Promise.all([
    import('../../geo/core/draft/draft.ts'),
    import('../../geo/core/draft/corpus.ts'),
    import('../../geo/core/draft/text.ts'),
    import('../../geo/gazetteer/gazetteer.json'),
  ]).then(([d, c, t, g]) => {
    const gazetteer = (g as unknown as { default: Gazetteer }).default;
    return {
      draft: (text, meta, world) => d.draft(text, meta, world ? { ...gazetteer, world } : gazetteer),
      gazetteer,
      placeInput: c.placeInput,
      findOutlet: c.findOutlet,
      nextReportId: c.nextReportId,
      slug: t.slug,
    };
  });
  // A failed load (a lost connection to the server) can be tried again.
  loading.catch(() => (loading = undefined));
  return loading;
}

let world: Promise<World | null> | undefined;

/** The world gazetteer, read once (null in the single file, or where it cannot load: the drafter then uses the project's towns). */
function loadWorld(): Promise<World | null> {
  world ??= Promise.all([loadWorldTowns(), import('../../geo/core/draft/world.ts')]).then(([text, w]) =>
    text === null ? null : new w.WorldTowns(text),
  );
  world.catch(() => (world = undefined));
  return world.catch(() => null);
}

export async function draftWork(work: StudioWork, asserters: readonly { id: string; name: string; kind: string }[]): Promise<Draft> {
  const [d, towns] = await Promise.all([loadDrafting(), loadWorld()]);
  return d.draft(
    work.text,
    {
      outlet: work.meta.outlet.value.trim(),
      published: work.meta.published.date,
      reportId: work.meta.reportId,
      outletId: d.findOutlet(work.meta.outlet.value, asserters)?.id,
    },
    towns,
  );
}
