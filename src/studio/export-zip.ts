/**
 * The studio's export: a zip laid out like geo/, to unzip into geo/ and build with
 * `npm run build:data`. Loaded only when a person exports (it brings the YAML writer and fflate).
 */
import { strToU8, zipSync } from 'fflate';
import { toYaml } from '../../geo/core/draft/yaml.ts';
import { annotationOf, newEntries, reportEntry, reportFile, type DataWords } from './publish.ts';
import type { StudioWork } from './work.ts';

export function exportFiles(work: StudioWork, words?: DataWords): Record<string, string> {
  const id = work.meta.reportId;
  const fresh = newEntries(work);
  const made = `Made in the according-to studio for ${id}: unzip into geo/ and run npm run build:data.`;
  const never = work.claims.filter((c) => !c.reviewed);
  const review = never.length
    ? `\n${never.length} of ${work.claims.length} claims were never reviewed by a person (the drafter's proposal as it stands): ${never.map((c) => c.id).join(', ')}.`
    : `\nEvery claim (${work.claims.length}) was reviewed by a person.`;
  const files: Record<string, string> = {
    [reportFile(work)]: work.text,
    [`annotations/${id}.yaml`]: toYaml(annotationOf(work), `${id}: the annotation of one report.\n${made}${review}`),
    [`reports.d/${id}.yaml`]: toYaml([reportEntry(work, words)], `The report ${id}. ${made}`),
    [`events.d/${id}.yaml`]: toYaml(work.events, `The events of ${id}. ${made}`),
  };
  // An empty list is not written: the map already holds every voice and place the report names.
  if (fresh.asserters.length) files[`asserters.d/${id}.yaml`] = toYaml(fresh.asserters, `New voices of ${id}. ${made}`);
  if (fresh.places.length) files[`places.d/${id}.yaml`] = toYaml(fresh.places, `New places of ${id}. ${made}`);
  return files;
}

export function exportZip(work: StudioWork, words?: DataWords): Uint8Array {
  const files = exportFiles(work, words);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
