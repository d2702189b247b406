/**
 * The drafter and its gazetteer, loaded when the studio first needs them (drafting, or picking a
 * place): they are not part of the map's own load. The drafter itself, with the world gazetteer
 * (every town of 1,000 people or more), runs in a worker when a text is drafted.
 */
import type { Draft, Gazetteer, GazetteerPlace } from '../../geo/core/draft/types.ts';
import { runInWorker, type WorkerRun } from '../data/run-worker.ts';
import type { DraftInput, DraftProgress } from './draft-run.ts';
import { startDraftWorker } from './draft-worker';
import type { PlaceInput } from '../../geo/core/model/schema.ts';
import type { findOutlet, nextReportId } from '../../geo/core/draft/corpus.ts';
import type { StudioWork } from './work.ts';

export interface Drafting {
  gazetteer: Gazetteer;
  placeInput: (p: GazetteerPlace) => PlaceInput;
  findOutlet: typeof findOutlet;
  nextReportId: typeof nextReportId;
  slug: (s: string) => string;
}

let loading: Promise<Drafting> | undefined;

export function loadDrafting(): Promise<Drafting> {
  loading ??= Promise.all([
    import('../../geo/core/draft/corpus.ts'),
    import('../../geo/core/draft/text.ts'),
    import('../../geo/gazetteer/gazetteer.json'),
  ]).then(([c, t, g]) => {
    const gazetteer = (g as unknown as { default: Gazetteer }).default;
    return {
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

/**
 * Drafts the work's text in a worker (draft.worker.ts), telling how far it has read; `cancel`
 * stops it at once. Where no worker starts, the page drafts (draft-run.ts, loaded only then).
 */
export function draftWork(
  work: StudioWork,
  asserters: readonly { id: string; name: string; kind: string }[],
  d: Drafting,
  onProgress: (p: DraftProgress) => void,
): WorkerRun<Draft> {
  return runInWorker<DraftInput, Draft, DraftProgress>({
    start: startDraftWorker,
    input: {
      text: work.text,
      meta: {
        outlet: work.meta.outlet.value.trim(),
        published: work.meta.published.date,
        reportId: work.meta.reportId,
        outletId: d.findOutlet(work.meta.outlet.value, asserters)?.id,
      },
    },
    onProgress,
    inPage: async (input, progress) => (await import('./draft-run.ts')).draftWith(input, progress),
  });
}
