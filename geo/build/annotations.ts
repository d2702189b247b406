/** Loads the annotation files: anchors every quote, checks every reference and stance. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { anchor, type Selector } from './anchor.ts';
import { checkSaid } from './dates.ts';
import type { Problems } from './problems.ts';
import type { Registries } from './registries.ts';
import { AnnotationHeaderSchema, ClaimSchema, NotClaimSchema, type ClaimInput } from './schema.ts';
import { indexById, parseList, parseOne, type Entry } from './validate.ts';
import { readYaml, type Path, type YamlFile } from './yaml-file.ts';

export interface AnchoredClaim extends ClaimInput {
  report: string;
  start: number;
  end: number;
}

export interface Annotations {
  claims: Map<string, AnchoredClaim>;
  notClaims: Map<string, { start: number; end: number; why: string }[]>;
}

function place(text: string, s: Selector, yaml: YamlFile, path: Path, problems: Problems): { start: number; end: number } | null {
  const found = anchor(text, s);
  if (found.ok) return found;
  problems.add(found.code, yaml.file, yaml.where([...path, 'quote']), found.message);
  return null;
}

/** The paragraph (text between line breaks) around a span, where its cue should stand. */
function paragraphAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to === -1 ? text.length : to);
}

function checkClaim(c: ClaimInput, at: { start: number; end: number } | null, text: string, outlet: string, reg: Registries, yaml: YamlFile, path: Path, problems: Problems): void {
  const where = (...p: Path) => yaml.where([...path, ...p]);
  if (!reg.events.has(c.event)) problems.add('UNKNOWN_EVENT', yaml.file, where('event'), `Claim ${c.id} names the event "${c.event}", which geo/events.yaml does not have.`);
  c.asserters.forEach((a, i) => {
    if (!reg.asserters.has(a)) problems.add('UNKNOWN_ASSERTER', yaml.file, where('asserters', i), `Claim ${c.id} names the asserter "${a}", which geo/asserters.yaml does not have.`);
  });
  if (c.asserters[0] !== outlet) {
    problems.add('CHAIN_NOT_FROM_OUTLET', yaml.file, where('asserters', 0), `Claim ${c.id}'s chain starts with "${c.asserters[0]}", but this report's outlet is "${outlet}".`);
  }
  const hedges = c.hedges ?? [];
  if (c.stance === 'hedged' && hedges.length === 0) {
    problems.add('STANCE_HEDGES_MISMATCH', yaml.file, where('hedges'), `Claim ${c.id} is hedged but lists no hedge words.`);
  } else if (c.stance !== 'hedged' && hedges.length > 0) {
    problems.add('STANCE_HEDGES_MISMATCH', yaml.file, where('hedges'), `Claim ${c.id} has stance ${c.stance} but lists hedges ${JSON.stringify(hedges)}.`);
  }
  for (const h of hedges) {
    if (!c.quote.toLowerCase().includes(h.toLowerCase())) {
      problems.add('STANCE_HEDGES_MISMATCH', yaml.file, where('hedges'), `Claim ${c.id} lists the hedge "${h}", which is not in its quote.`);
    }
  }
  if (c.cue && at && !paragraphAround(text, at.start, at.end).toLowerCase().includes(c.cue.toLowerCase())) {
    problems.add('CUE_NOT_IN_CONTEXT', yaml.file, where('cue'), `Claim ${c.id} has the cue "${c.cue}", which is not in its paragraph.`);
  }
  const said = checkSaid(c.said);
  if (said) problems.add(said.code, yaml.file, where('said'), `Claim ${c.id}: ${said.message}`);
}

export function loadAnnotations(root: string, reg: Registries, problems: Problems): Annotations {
  const dir = join(root, 'annotations');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
  const claimLists: { yaml: YamlFile; entries: Entry<ClaimInput>[] }[] = [];
  const claims = new Map<string, AnchoredClaim>();
  const notClaims = new Map<string, { start: number; end: number; why: string }[]>();
  const annotated = new Set<string>();

  for (const name of files) {
    const yaml = readYaml(root, `annotations/${name}`, problems);
    if (!yaml) continue;
    const header = parseOne(AnnotationHeaderSchema, yaml.data, yaml, [], problems);
    if (!header) continue;
    const report = reg.reports.get(header.report);
    if (!report) {
      problems.add('UNKNOWN_REPORT', yaml.file, yaml.where(['report']), `The file annotates "${header.report}", which geo/reports.yaml does not have.`);
      continue;
    }
    if (annotated.has(header.report)) {
      problems.add('DUPLICATE_ID', yaml.file, yaml.where(['report']), `Another annotation file already annotates ${header.report}.`, 'Keep one annotation file per report: merge the two.');
      continue;
    }
    if (name !== `${header.report}.yaml`) {
      problems.add('UNKNOWN_REPORT', yaml.file, yaml.where(['report']), `The file is named ${name} but annotates ${header.report}.`, `Rename the file to ${header.report}.yaml, or correct its report id.`);
    }
    annotated.add(header.report);
    const text = reg.texts.get(header.report);
    const entries = parseList(ClaimSchema, header.claims, yaml, ['claims'], problems);
    claimLists.push({ yaml, entries });
    for (const { value: c, path } of entries) {
      const at = text === undefined ? null : place(text, c, yaml, path, problems);
      checkClaim(c, at, text ?? '', report.value.outlet_asserter, reg, yaml, path, problems);
      if (at && !claims.has(c.id)) claims.set(c.id, { ...c, report: header.report, ...at });
    }
    const spans: { start: number; end: number; why: string }[] = [];
    for (const { value: n, path } of parseList(NotClaimSchema, header.not_claims ?? [], yaml, ['not_claims'], problems)) {
      const at = text === undefined ? null : place(text, n, yaml, path, problems);
      if (at) spans.push({ ...at, why: n.why });
    }
    notClaims.set(header.report, spans.sort((a, b) => a.start - b.start));
  }

  indexById(claimLists, problems); // reports claim ids used twice, across files too
  // A claim whose quote did not anchor is reported once, not again for each relation to it.
  const declared = new Set(claimLists.flatMap((l) => l.entries.map((e) => e.value.id)));
  for (const { yaml, entries } of claimLists) {
    for (const { value: c, path } of entries) {
      (c.relations ?? []).forEach((r, i) => {
        if (r.claim === c.id) problems.add('SELF_RELATION', yaml.file, yaml.where([...path, 'relations', i]), `Claim ${c.id} relates to itself.`);
        else if (!declared.has(r.claim)) problems.add('UNKNOWN_CLAIM', yaml.file, yaml.where([...path, 'relations', i, 'claim']), `Claim ${c.id} ${r.type} "${r.claim}", which no annotation defines.`);
      });
    }
  }
  for (const { value: r, yaml, path } of reg.reports.values()) {
    if (!annotated.has(r.id)) problems.add('REPORT_NOT_ANNOTATED', yaml.file, yaml.where(path), `Report ${r.id} has no annotation file annotations/${r.id}.yaml.`);
  }
  return { claims, notClaims };
}
