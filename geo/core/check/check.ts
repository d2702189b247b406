/**
 * check(corpus) → problems: every rule of the format, as pure functions over data in memory.
 * The build runs it on geo/ and the browser on what a person imports or writes; both then
 * compile the checked entries (compile.ts).
 */
import { checkAnnotations, type Annotations } from './annotations.ts';
import { checkInvisibleCharacters } from './texts.ts';
import { checkLater } from './later.ts';
import { checkRegistryTexts } from './reader-text.ts';
import { checkRegistries, type Registries } from './registries.ts';
import { checkTerms } from './terms.ts';
import { checkTours, targetsOf } from './tours.ts';
import type { Corpus } from '../model/corpus.ts';
import type { MapVocabularies } from '../model/map-vocabularies.ts';
import { coverage, percentCovered } from '../text/coverage.ts';
import { parseOne } from '../model/entries.ts';
import type { Indexed } from '../model/entries.ts';
import { formatPath, Problems, type Path, type Problem } from '../model/problems.ts';
import { MapInfoSchema, type LaterInput, type MapInfo, type TourInput } from '../model/schema.ts';

export interface ReportCoverage {
  report: string;
  sentences: number;
  percent: number;
  claims: number;
}

export interface Checked {
  info: MapInfo | null;
  /** The map's kinds of voice and affiliations, as declared with the defaults filled in. */
  vocab: MapVocabularies;
  reg: Registries;
  ann: Annotations;
  tours: TourInput[];
  /** The later-known notes, by id. */
  later: Indexed<LaterInput>;
  coverage: ReportCoverage[];
}

export interface CheckOptions {
  /**
   * require: every letter and digit of every report must be claimed or marked (the build);
   * measure: report the figures only (the studio); skip: neither (large imports).
   */
  coverage?: 'require' | 'measure' | 'skip';
  /** Describes a path for cross-references in messages ("line 12 of places.yaml"). */
  where?: (path: Path) => string;
}

function checkCoverage(reg: Registries, ann: Annotations, problems: Problems, require: boolean): ReportCoverage[] {
  const claimSpans = new Map<string, { start: number; end: number }[]>();
  for (const c of ann.claims.values()) {
    const list = claimSpans.get(c.report) ?? [];
    list.push(c);
    claimSpans.set(c.report, list);
  }
  const out: ReportCoverage[] = [];
  for (const { value: r } of reg.reports.values()) {
    const text = reg.texts.get(r.id);
    const path = ann.paths.get(r.id);
    if (text === undefined || path === undefined) continue;
    const sentences = coverage(text, [...(claimSpans.get(r.id) ?? []), ...(ann.notClaims.get(r.id) ?? [])]);
    if (require) {
      for (const s of sentences.filter((x) => x.missing.length > 0)) {
        problems.add(
          'UNCOVERED_TEXT',
          [...path, 'coverage', `${s.start}-${s.end}`],
          `In "${s.text.length > 80 ? `${s.text.slice(0, 77)}…` : s.text}", no claim or non-claim covers: ${s.missing.join(' ')}.`,
          { sentence: s.text.length > 80 ? `${s.text.slice(0, 77)}…` : s.text, missing: s.missing.join(' ') },
        );
      }
    }
    out.push({ report: r.id, sentences: sentences.length, percent: percentCovered(sentences), claims: claimSpans.get(r.id)?.length ?? 0 });
  }
  return out;
}

export function check(corpus: Corpus, options: CheckOptions = {}): { problems: Problem[]; checked: Checked } {
  const problems = new Problems();
  const where = options.where ?? formatPath;
  // A map may leave its title and description unsaid; it is then "Untitled map".
  const info = corpus.info === undefined || corpus.info === null ? null : parseOne(MapInfoSchema, corpus.info, ['info'], problems);
  const reg = checkRegistries(corpus, problems, where);
  // A map.yaml that cannot be read is its own problem: its terms are then not judged.
  const vocab = checkTerms(info, reg, problems, where, corpus.info !== undefined && info === null);
  const ann = checkAnnotations(corpus, reg, problems, where);
  checkRegistryTexts(reg, problems);
  checkInvisibleCharacters(corpus, problems);
  const claimed = new Set([...ann.claims.values()].map((c) => c.event));
  for (const { value: e, path } of reg.events.values()) {
    if (!claimed.has(e.id)) problems.add('EVENT_WITHOUT_CLAIMS', path, `No claim points at the event ${e.id}.`, { id: e.id });
  }
  const later = checkLater(corpus.later, reg, ann, problems, where);
  const tours = checkTours(corpus.tours, targetsOf(reg, ann, later), problems);
  const mode = options.coverage ?? 'measure';
  const cover = mode === 'skip' ? [] : checkCoverage(reg, ann, problems, mode === 'require');
  return { problems: problems.list, checked: { info, vocab, reg, ann, tours, later, coverage: cover } };
}
