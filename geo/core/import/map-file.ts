/**
 * This app's own map file (contract.ts) read back: its format number and shape checked first,
 * then turned into a corpus (decompile.ts) so that the build's own checks run on it. A problem
 * the checks find is shown at its path in the map file (claims[17].quote.exact), not at the
 * corpus path it was found at (annotations[2].claims[3].quote), which the file does not have.
 */
import { FORMAT, MapDataSchema, type MapData } from '../model/contract.ts';
import type { Corpus } from '../model/corpus.ts';
import { toCorpus } from '../compile/decompile.ts';
import { CODES, formatPath, type Path, type Problem } from '../model/problems.ts';
import { describeIssue, issueValues } from '../model/schema-issues.ts';
import { READABLE_FORMATS, upgradeMapFile } from './upgrade.ts';

export interface MapRead {
  corpus: Corpus | null;
  problems: Problem[];
  rows: { total: number; good: number };
  /** The path in the map file of a corpus path. */
  mapPath: (path: Path) => Path;
}

const problem = (code: Problem['code'], path: Path, message: string, values: Problem['values']): Problem => ({
  code,
  severity: 'error',
  path,
  file: '',
  where: formatPath(path),
  message,
  fix: CODES[code],
  values,
});

/** The corpus field names that the map file spells otherwise. */
const QUOTE_FIELDS: Record<string, Path> = {
  quote: ['quote', 'exact'],
  start: ['quote', 'start'],
  prefix: ['quote', 'prefix'],
  suffix: ['quote', 'suffix'],
};

export function mapPathOf(map: MapData): (path: Path) => Path {
  const reportAt = new Map(map.reports.map((r, i) => [r.id, i]));
  const claimsOf: number[][] = map.reports.map(() => []);
  map.claims.forEach((c, j) => claimsOf[reportAt.get(c.report) ?? -1]?.push(j));
  const relationsOf = new Map<string, number[]>();
  map.relations.forEach((r, j) => {
    const list = relationsOf.get(r.from);
    if (list) list.push(j);
    else relationsOf.set(r.from, [j]);
  });
  return (path) => {
    const [registry, i, key, c, field, r, ...rest] = path;
    if (registry === 'info') return ['meta', ...path.slice(1)];
    if (registry === 'reports' && key === 'outlet_asserter') return ['reports', i, 'outletAsserter'];
    if (registry !== 'annotations' || typeof i !== 'number') return path;
    if (key === 'not_claims' && typeof c === 'number')
      return ['reports', i, 'notClaims', c, ...(field === 'quote' ? ['exact'] : path.slice(4))];
    const j = key === 'claims' && typeof c === 'number' ? claimsOf[i]?.[c] : undefined;
    if (j === undefined) return ['reports', i];
    if (field === 'relations' && typeof r === 'number') {
      const k = relationsOf.get(map.claims[j].id)?.[r];
      return k === undefined ? ['claims', j] : ['relations', k, ...rest.map((x) => (x === 'claim' ? 'to' : x))];
    }
    return ['claims', j, ...(typeof field === 'string' && QUOTE_FIELDS[field] ? QUOTE_FIELDS[field] : path.slice(4))];
  };
}

export function readMapFile(file: Record<string, unknown>): MapRead {
  const total = Array.isArray(file.events) ? file.events.length : 0;
  const none = (problems: Problem[]): MapRead => ({ corpus: null, problems, rows: { total, good: 0 }, mapPath: (p) => p });
  if (typeof file.format !== 'number' || !READABLE_FORMATS.includes(file.format)) {
    return none([
      problem(
        'FORMAT_UNSUPPORTED',
        ['format'],
        `This map file is in format ${JSON.stringify(file.format)}; this version of the app reads formats ${READABLE_FORMATS.join(' and ')} (it writes ${FORMAT}).`,
        { found: JSON.stringify(file.format) ?? 'nothing', readable: READABLE_FORMATS.join(', '), writes: FORMAT },
      ),
    ]);
  }
  // An older format is brought up to date first; its problems are then found at the same paths.
  const json = upgradeMapFile(file);
  const parsed = MapDataSchema.safeParse(json);
  if (!parsed.success)
    return none(
      parsed.error.issues.map((issue) =>
        problem('SCHEMA_INVALID', issue.path as Path, describeIssue(issue, json), issueValues(issue, json)),
      ),
    );
  return { corpus: toCorpus(parsed.data), problems: [], rows: { total, good: total }, mapPath: mapPathOf(parsed.data) };
}
