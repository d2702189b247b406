/**
 * The data build as a pure function of a data folder: inputs in, outputs and problems out.
 * cli.ts writes the outputs; tests call this on fixture folders.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventCollection, Place, Report, Tour } from '../types.ts';
import { loadAnnotations } from './annotations.ts';
import { coverage, percentCovered, type SentenceCoverage } from './coverage.ts';
import { emitEvents, emitPlaces, emitReports } from './emit.ts';
import { Problems, type Problem } from './problems.ts';
import { loadRegistries } from './registries.ts';
import { loadTours } from './tours.ts';

export interface ReportCoverage {
  report: string;
  sentences: number;
  percent: number;
  claims: number;
}

export interface BuildResult {
  problems: Problem[];
  coverage: ReportCoverage[];
  events: EventCollection;
  reports: Report[];
  places: Place[];
  tours: Tour[];
  /** The basemap file's text, passed through, or null when the folder has none. */
  basemap: string | null;
}

function checkCoverage(reports: Report[], claimSpans: Map<string, { start: number; end: number }[]>, problems: Problems): ReportCoverage[] {
  return reports.map((r) => {
    const spans = [...(claimSpans.get(r.id) ?? []), ...r.notClaims];
    const sentences: SentenceCoverage[] = coverage(r.text, spans);
    for (const s of sentences.filter((x) => x.missing.length > 0)) {
      problems.add(
        'UNCOVERED_TEXT',
        `annotations/${r.id}.yaml`,
        `report offsets ${s.start}–${s.end}`,
        `In "${s.text.length > 80 ? `${s.text.slice(0, 77)}…` : s.text}", no claim or non-claim covers: ${s.missing.join(' ')}.`,
      );
    }
    return { report: r.id, sentences: sentences.length, percent: percentCovered(sentences), claims: claimSpans.get(r.id)?.length ?? 0 };
  });
}

export function build(root: string, options: { requireBasemap?: boolean } = {}): BuildResult {
  const problems = new Problems();
  const reg = loadRegistries(root, problems);
  const ann = loadAnnotations(root, reg, problems);
  const events = emitEvents(reg, ann);
  const claimed = new Set(events.features.filter((f) => f.properties.claims.length > 0).map((f) => f.id));
  for (const { value: e, yaml, path } of reg.events.values()) {
    if (!claimed.has(e.id)) {
      problems.add('EVENT_WITHOUT_CLAIMS', yaml.file, yaml.where(path), `No claim points at the event ${e.id}.`);
    }
  }
  const tours = loadTours(root, reg, ann, problems);
  const reports = emitReports(reg, ann);
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const c of ann.claims.values()) spans.set(c.report, [...(spans.get(c.report) ?? []), c]);
  const cover = checkCoverage(reports, spans, problems);

  const basemapFile = join(root, 'basemap', 'basemap.geojson');
  const basemap = existsSync(basemapFile) ? readFileSync(basemapFile, 'utf8') : null;
  if (basemap === null && options.requireBasemap) {
    problems.add('FILE_MISSING', 'basemap/basemap.geojson', '', 'The offline basemap is missing.', 'Run `npm run basemap` (needs Debian gmt) or restore the file from git.');
  }
  return { problems: problems.list, coverage: cover, events, reports, places: emitPlaces(reg), tours, basemap };
}
