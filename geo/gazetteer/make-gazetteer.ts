/**
 * Makes geo/gazetteer/gazetteer.json, the drafter's offline gazetteer: the project's places
 * (geo/places.yaml, which always win), the regional GeoNames extract (geonames-extract.tsv) and
 * one representative point per country (Natural Earth outlines from the world-atlas package).
 * Run by hand when an input changes, then commit the output:
 *
 *   npx tsx geo/gazetteer/make-gazetteer.ts                       # rebuild gazetteer.json
 *   npx tsx geo/gazetteer/make-gazetteer.ts --geonames cities15000.txt [--countries IQ,SY,JO]
 *                                                                 # re-extract from a GeoNames dump first
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { parse } from 'yaml';
import type { GazetteerPlace } from '../core/draft/types.ts';
import { slug } from '../core/draft/text.ts';
import type { PlaceInput } from '../core/model/schema.ts';
import { COUNTRY_ALIASES, PLACE_ALIASES, representativePoint } from './aliases.ts';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const EXTRACT = here('./geonames-extract.tsv');
const HEADER =
  '# geonameid\tname\tasciiname\talternatenames (Latin script)\tlatitude\tlongitude\tfeature_code\tcountry\tadmin1\tpopulation';
const LATIN = /^[\p{Script=Latin}\p{N}\s'’‘`.,()-]+$/u;

/** A GeoNames dump (19 tab-separated columns) cut to the region's countries, Latin names only. */
function extract(file: string, countries: string[]): void {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((c) => c.length >= 15 && countries.includes(c[8]));
  const out = rows
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map((c) =>
      [
        c[0],
        c[1],
        c[2],
        c[3]
          .split(',')
          .filter((n) => LATIN.test(n))
          .join(','),
        c[4],
        c[5],
        c[7],
        c[8],
        c[10],
        c[14],
      ].join('\t'),
    );
  writeFileSync(EXTRACT, `${HEADER}\n${out.join('\n')}\n`);
  console.log(`wrote ${EXTRACT}: ${out.length} places in ${countries.join(', ')}`);
}

function fromExtract(): GazetteerPlace[] {
  return readFileSync(EXTRACT, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((line) => {
      const [id, name, ascii, alts, lat, lng, code, cc] = line.split('\t');
      const aka = [...new Set([name, ...alts.split(',')].filter((n) => n && n !== ascii))];
      return {
        id: slug(ascii),
        name: ascii,
        aka,
        lngLat: [Number(lng), Number(lat)] as [number, number],
        precision: code === 'PPLX' ? 'district' : 'city',
        geonames: Number(id),
        source: `GeoNames ${id} (${name}, ${cc}), from the regional extract in geo/gazetteer (CC BY 4.0).`,
      };
    });
}

function countries(): GazetteerPlace[] {
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const all = feature(topo, topo.objects.countries as never) as unknown as {
    features: Feature<Polygon | MultiPolygon, { name: string }>[];
  };
  return all.features
    .filter((f) => f.geometry)
    .map((f) => {
      const { name } = f.properties;
      const alias = COUNTRY_ALIASES[name] ?? {};
      return {
        id: slug(alias.aka?.[0] ?? name),
        name: alias.aka?.[0] ?? name,
        aka: [name, ...(alias.aka ?? []).slice(1)],
        ...(alias.weak ? { weak: alias.weak } : {}),
        lngLat: representativePoint(f.geometry),
        precision: 'country' as const,
        geonames: null,
        source: `A representative point inside the Natural Earth 1:50m outline of ${name} (world-atlas package), approximate.`,
      };
    });
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function build(): GazetteerPlace[] {
  const project = (parse(readFileSync(here('../places.yaml'), 'utf8')) as PlaceInput[]).map((p): GazetteerPlace => ({
    ...p,
    project: true,
  }));
  const byGeonames = new Map(project.filter((p) => p.geonames).map((p) => [p.geonames, p]));
  const byName = new Map(project.map((p) => [fold(p.name), p]));
  const out = [...project];
  for (const g of [...fromExtract(), ...countries()]) {
    const same =
      (g.geonames && byGeonames.get(g.geonames)) || byName.get(fold(g.name)) || g.aka?.map((a) => byName.get(fold(a))).find(Boolean);
    if (same) same.aka = [...new Set([...(same.aka ?? []), g.name, ...(g.aka ?? [])])].filter((a) => a !== same.name);
    else out.push(g);
  }
  for (const p of out) {
    const extra = PLACE_ALIASES[p.id];
    if (extra) p.aka = [...new Set([...(p.aka ?? []), ...extra])];
  }
  const ids = new Set<string>();
  return out.filter((p) => !ids.has(p.id) && ids.add(p.id));
}

const args = process.argv.slice(2);
const at = args.indexOf('--geonames');
if (at !== -1) {
  const list = args.indexOf('--countries');
  extract(args[at + 1], list === -1 ? ['IQ', 'SY'] : args[list + 1].split(','));
}
const places = build();
const credits = [
  'GeoNames (geonames.org), CC BY 4.0: the regional extract of towns in Iraq and Syria (cities15000).',
  'Natural Earth via the world-atlas package, public domain: one approximate point per country.',
  'geo/places.yaml: the project places, with their own sources.',
];
writeFileSync(here('./gazetteer.json'), `${JSON.stringify({ credits, places }, null, 1)}\n`);
console.log(`wrote geo/gazetteer/gazetteer.json: ${places.length} places (${places.filter((p) => p.project).length} from places.yaml).`);
