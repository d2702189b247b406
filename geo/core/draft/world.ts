/**
 * The world gazetteer (geo/gazetteer/world-towns.tsv, cut by make-world.ts from GeoNames'
 * cities1000): 25,462 towns (15,000 people or more, every town of the map's region, capitals and
 * provincial seats), read from its compact text into an index of folded names. A town becomes a GazetteerPlace only when a report names it. Pure: the CLI
 * reads the file with fs, the studio imports it lazily as text; both hand the text here.
 */
import { fold } from './text.ts';
import type { GazetteerPlace } from './types.ts';

export class WorldTowns {
  /** Folded name → the line of the most populous town so called. */
  private byName = new Map<string, number>();
  private lines: string[];

  constructor(tsv: string) {
    this.lines = tsv.split('\n').filter(Boolean);
    this.lines.forEach((line, i) => {
      const tab = line.indexOf('\t');
      const keys = line.slice(tab + 1, line.indexOf('\t', tab + 1));
      for (const k of [fold(line.slice(0, tab)), ...(keys ? keys.split('|') : [])]) if (!this.byName.has(k)) this.byName.set(k, i);
    });
  }

  get size(): number {
    return this.lines.length;
  }

  /** The town a folded name means (its most populous bearer), or undefined. */
  get(folded: string): GazetteerPlace | undefined {
    const i = this.byName.get(folded);
    return i === undefined ? undefined : town(this.lines[i]);
  }
}

function town(line: string): GazetteerPlace {
  const [name, , lng, lat, id, cc, kind] = line.split('\t');
  return {
    id: `${fold(name).replace(/\s+/g, '-')}-${cc.toLowerCase()}`,
    name,
    lngLat: [Number(lng), Number(lat)],
    precision: kind === 'd' ? 'district' : 'city',
    geonames: Number(id),
    world: cc,
    source: `GeoNames ${id} (${name}, ${cc}), from the world gazetteer in geo/gazetteer (cities1000, CC BY), rounded to 0.01°.`,
  };
}
