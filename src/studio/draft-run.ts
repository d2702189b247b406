/**
 * One draft, as the worker (draft.worker.ts) or, where no worker starts, the page runs it: the
 * drafter with the project's gazetteer and the world's towns (loaded once per place it runs).
 */
import { draft } from '../../geo/core/draft/draft.ts';
import type { Draft, Gazetteer } from '../../geo/core/draft/types.ts';
import { WorldTowns } from '../../geo/core/draft/world.ts';
import gazetteerJson from '../../geo/gazetteer/gazetteer.json';
import { loadWorldTowns } from './world-towns';

export interface DraftInput {
  text: string;
  meta: { outlet: string; published: string; reportId: string; outletId?: string };
}

/** How far the drafter has read: sentences done of all. */
export interface DraftProgress {
  done: number;
  total: number;
}

type World = NonNullable<Gazetteer['world']>;
let world: Promise<World | null> | undefined;

/** The world gazetteer, read once (null in the single file, or where it cannot load: the drafter then uses the project's towns). */
function loadWorld(): Promise<World | null> {
  world ??= loadWorldTowns().then((text) => (text === null ? null : new WorldTowns(text)));
  world.catch(() => (world = undefined));
  return world.catch(() => null);
}

export async function draftWith(input: DraftInput, progress: (p: DraftProgress) => void): Promise<Draft> {
  const towns = await loadWorld();
  const gazetteer = gazetteerJson as unknown as Gazetteer;
  let told = -1;
  return draft(input.text, input.meta, towns ? { ...gazetteer, world: towns } : gazetteer, (done, total) => {
    // About once per percent (and at the end): enough to move a bar, few enough messages.
    if (done === total || done - told >= Math.max(1, total / 100)) {
      told = done;
      progress({ done, total });
    }
  });
}
