import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { build } from '../../geo/build/build';
import { checkBasemapGeometry } from '../../geo/core/check/basemap-geometry';
import { wrongMeaningCases } from '../test/wrong-meaning';
import { checkMapShape } from './check-map';
import { DataError } from './map-shape';
import { buildModel } from './model';
import { words } from '../words/message';

const built = build(new URL('../../geo', import.meta.url).pathname, { requireBasemap: true });
const basemap = JSON.parse(built.basemap!) as FeatureCollection;
const cases = wrongMeaningCases(built.map, basemap);

describe('a map with the right shape and a wrong meaning', () => {
  it('is made in several hundred ways from the real map', () => {
    expect(cases.length).toBeGreaterThan(400);
  });

  it('gets a clear error naming where, or builds a model every view can use — never a crash', () => {
    const outcomes = { refused: 0, opened: 0 };
    for (const c of cases) {
      if (c.basemap) {
        expect(checkBasemapGeometry(c.basemap as { features: unknown[] }), c.name).toMatch(/feature \d+/);
        outcomes.refused++;
        continue;
      }
      let map;
      try {
        map = checkMapShape(JSON.parse(JSON.stringify(c.map)), 'map.json');
      } catch (error) {
        expect(error, c.name).toBeInstanceOf(DataError);
        expect(words((error as DataError).words), c.name).toMatch(/map\.json\) is damaged/);
        outcomes.refused++;
        continue;
      }
      // Only a change nothing uses may pass (a vocabulary term no claim, asserter or event names).
      expect(c.name, 'only unused vocabulary terms may pass').toMatch(/^vocabulary/);
      expect(() => buildModel({ map, basemap }), c.name).not.toThrow();
      outcomes.opened++;
    }
    expect(outcomes.refused).toBeGreaterThan(400);
  }, 60_000);
});
