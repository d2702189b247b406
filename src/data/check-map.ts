/**
 * The one check the app makes on the map it loads: the format number and the shape of the
 * tables (the shared schema), and their meaning (every reference points at something). The build
 * checked everything else; this catches a half-finished upload or a proxy's error page, and names
 * the file. It runs in the load worker for the built-in map; the page loads it (and zod) only for
 * a map it checks itself (a stored one, the single file's).
 */
import './zod-csp';
import { FORMAT, MapDataSchema, type MapData } from '../../geo/core/model/contract';
import { READABLE_FORMATS, upgradeMapFile } from '../../geo/core/import/upgrade';
import { checkMapIntegrity } from '../../geo/core/check/map-integrity';
import { formatPath } from '../../geo/core/model/problems';
import { describeIssue } from '../../geo/core/model/schema-issues';
import { DataError } from './map-shape';

/** The map's tables, or a DataError that says what is wrong with them. */
export function checkMapShape(served: unknown, file: string): MapData {
  const format = (served as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && !READABLE_FORMATS.includes(format)) {
    throw new DataError('core.data.format', { format, reads: FORMAT }, file);
  }
  // A file of an earlier format is brought to this one first (as an imported or stored map is).
  const value = typeof format === 'number' ? upgradeMapFile(served as Record<string, unknown>) : served;
  const result = MapDataSchema.safeParse(value);
  if (result.success) {
    // Right shape, wrong meaning (a reference to nothing, a date that is no day, a term the
    // vocabularies lack) would break a view later: it is refused here, with where and why.
    const problems = checkMapIntegrity(result.data);
    if (problems.length === 0) return result.data;
    // The detail is the shared check's problems, worded at display in the reader's language
    // (src/words/problems.ts) with where each is; the build prints the same problems in English.
    throw new DataError('core.data.wrongMeaning', { detail: problems.slice(0, 3), more: Math.max(0, problems.length - 3) }, file);
  }
  const issue = result.error.issues[0];
  const at = formatPath(issue.path as (string | number)[]);
  // The detail is the shared schema's own words (geo/core/model/schema-issues.ts).
  throw new DataError(at ? 'core.data.damagedAt' : 'core.data.damaged', { at, detail: describeIssue(issue, value) }, file);
}
