/**
 * The drafter and its gazetteer, loaded when the studio first needs them (drafting, or picking a
 * place): they are not part of the map's own load.
 */
import type { Draft, Gazetteer, GazetteerPlace } from '../../geo/core/draft/types.ts';
import type { PlaceInput } from '../../geo/core/model/schema.ts';
import type { findOutlet, nextReportId } from '../../geo/core/draft/corpus.ts';
import type { StudioWork } from './work.ts';

export interface Drafting {
  draft: (text: string, meta: { outlet: string; published: string; reportId: string; outletId?: string }) => Draft;
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
      draft: (text, meta) => d.draft(text, meta, gazetteer),
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

export async function draftWork(work: StudioWork, asserters: readonly { id: string; name: string; kind: string }[]): Promise<Draft> {
  const d = await loadDrafting();
  return d.draft(work.text, {
    outlet: work.meta.outlet.value.trim(),
    published: work.meta.published.date,
    reportId: work.meta.reportId,
    outletId: d.findOutlet(work.meta.outlet.value, asserters)?.id,
  });
}
