/** The single-file build's data: the build's output, inlined as text and parsed once. */
import basemap from '../../public/data/basemap.geojson?raw';
import events from '../../public/data/events.geojson?raw';
import places from '../../public/data/places.json?raw';
import reports from '../../public/data/reports.json?raw';
import tours from '../../public/data/tours.json?raw';
import type { Data } from './load';

export const embedded: Data | null = {
  events: JSON.parse(events),
  reports: JSON.parse(reports),
  places: JSON.parse(places),
  tours: JSON.parse(tours),
  basemap: JSON.parse(basemap),
};
