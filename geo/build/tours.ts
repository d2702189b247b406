/** Loads the authored tours (geo/tours/*.yaml) and checks that every step points at real data. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Tour } from '../types.ts';
import type { Annotations } from './annotations.ts';
import { isIsoDate } from './dates.ts';
import type { Problems } from './problems.ts';
import type { Registries } from './registries.ts';
import { TourSchema } from './schema.ts';
import { parseOne } from './validate.ts';
import { readYaml } from './yaml-file.ts';

export function loadTours(root: string, reg: Registries, ann: Annotations, problems: Problems): Tour[] {
  const dir = join(root, 'tours');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
  const tours: Tour[] = [];
  const seen = new Set<string>();
  for (const name of files) {
    const yaml = readYaml(root, `tours/${name}`, problems);
    const tour = yaml && parseOne(TourSchema, yaml.data, yaml, [], problems);
    if (!yaml || !tour) continue;
    if (seen.has(tour.id)) problems.add('DUPLICATE_ID', yaml.file, yaml.where(['id']), `The tour id "${tour.id}" is used by another tour file.`);
    seen.add(tour.id);
    const stepIds = new Set<string>();
    tour.steps.forEach((s, i) => {
      const at = (...p: (string | number)[]) => yaml.where(['steps', i, ...p]);
      if (stepIds.has(s.id)) problems.add('DUPLICATE_ID', yaml.file, at('id'), `Step id "${s.id}" is used twice in tour ${tour.id}.`);
      stepIds.add(s.id);
      if (!reg.events.has(s.event)) problems.add('UNKNOWN_TOUR_TARGET', yaml.file, at('event'), `Step ${s.id} names the event "${s.event}", which geo/events.yaml does not have.`);
      s.claims.forEach((c, j) => {
        const claim = ann.claims.get(c);
        if (!claim) problems.add('UNKNOWN_TOUR_TARGET', yaml.file, at('claims', j), `Step ${s.id} names the claim "${c}", which no annotation defines.`);
        else if (claim.event !== s.event) {
          problems.add('UNKNOWN_TOUR_TARGET', yaml.file, at('claims', j), `Step ${s.id} shows the claim ${c}, which is about ${claim.event}, not the step's event ${s.event}.`, 'Show claims about the step’s own event, or change the step’s event.');
        }
      });
      if (s.to !== undefined && !isIsoDate(s.to)) problems.add('INVALID_DATE', yaml.file, at('to'), `Step ${s.id}: expected YYYY-MM-DD, found "${s.to}".`);
    });
    tours.push({
      id: tour.id,
      title: tour.title,
      description: tour.description,
      steps: tour.steps.map((s) => ({ id: s.id, event: s.event, claims: s.claims, caption: s.caption, notes: s.notes, to: s.to ?? reg.events.get(s.event)?.value.when.end ?? '' })),
    });
  }
  return tours.sort((a, b) => a.id.localeCompare(b.id));
}
