/** The single-file build's world basemap: the build's output as text, parsed when it is drawn. */
import world from '../../public/data/basemap-world.topojson?raw';

export const embeddedWorld: string | null = world;
