/**
 * Drafts a report off the main thread, so a long text never freezes the page: the drafter, its
 * gazetteer and the world's towns (none in the single file: world-towns.single.ts) load here.
 * Posts progress as sentences are read (at most about once per percent), then the draft.
 */
import { serveWork } from '../data/worker-serve';
import { draftWith, type DraftInput, type DraftProgress } from './draft-run';

serveWork((input: DraftInput, progress: (p: DraftProgress) => void) => draftWith(input, progress));
