/**
 * A deterministic, valid ACLED-style CSV of any length, for browser tests and benchmarks of
 * the import: about 422 bytes a row, so 23,676 rows make 10 MB and 24,824 rows 10 MiB.
 * Invented rows in the shape of ACLED's export for Iraq and Syria, 2014–2015: real town
 * coordinates, the codebook's precision codes, notes with commas and quotes. A seeded
 * generator, never Math.random: the same arguments give the same bytes, so a failing
 * benchmark can be rerun.
 */
import { prng } from './prng.ts';

// [location, admin1, country, latitude, longitude]
const PLACES = [
  ['Tikrit', 'Salah al-Din', 'Iraq', 34.6158, 43.6786],
  ['Mosul', 'Ninewa', 'Iraq', 36.335, 43.1189],
  ['Baiji', 'Salah al-Din', 'Iraq', 34.9311, 43.487],
  ['Ramadi', 'Anbar', 'Iraq', 33.4258, 43.2992],
  ['Fallujah', 'Anbar', 'Iraq', 33.3496, 43.7861],
  ['Haditha', 'Anbar', 'Iraq', 34.1397, 42.3781],
  ['Samarra', 'Salah al-Din', 'Iraq', 34.1959, 43.8857],
  ['Baqubah', 'Diyala', 'Iraq', 33.7466, 44.6437],
  ['Kirkuk', 'Kirkuk', 'Iraq', 35.4681, 44.3922],
  ['Amerli', 'Salah al-Din', 'Iraq', 34.725, 44.5875],
  ['Sinjar', 'Ninewa', 'Iraq', 36.3209, 41.8767],
  ['Baghdad - Karkh', 'Baghdad', 'Iraq', 33.3152, 44.3661],
  ['Jurf al-Sakhar', 'Babylon', 'Iraq', 32.8981, 44.1156],
  ['Hit', 'Anbar', 'Iraq', 33.6417, 42.8251],
  ['Qaim', 'Anbar', 'Iraq', 34.3683, 41.0939],
  ['Raqqa', 'Ar-Raqqa', 'Syria', 35.9528, 39.0079],
  ['Kobani', 'Aleppo', 'Syria', 36.8909, 38.3536],
  ['Deir ez-Zor', 'Deir ez-Zor', 'Syria', 35.3359, 40.1408],
  ['Abu Kamal', 'Deir ez-Zor', 'Syria', 34.4531, 40.9184],
  ['Hasakah', 'Al-Hasakeh', 'Syria', 36.5024, 40.7477],
  ['Palmyra', 'Homs', 'Syria', 34.5604, 38.2805],
  ['Tabqa', 'Ar-Raqqa', 'Syria', 35.8356, 38.5481],
  ['Aleppo', 'Aleppo', 'Syria', 36.2021, 37.1343],
  ['Tal Abyad', 'Ar-Raqqa', 'Syria', 36.6975, 38.9567],
] as const;
const ACTORS = [
  'Military Forces of Iraq (2014-2018)',
  'Islamic State (Iraq)',
  'Islamic State (Syria)',
  'Popular Mobilization Forces',
  'Peshmerga',
  'Military Forces of Syria (2000-)',
  'YPG: Peoples Protection Units',
  'Military Forces of the United States (2009-2017)',
  'Civilians (Iraq)',
  'Unidentified Armed Group (Iraq)',
];
const TYPES = [
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['Explosions/Remote violence', 'Suicide bomb'],
  ['Violence against civilians', 'Attack'],
  ['Strategic developments', 'Non-state actor overtakes territory'],
  ['Strategic developments', 'Government regains territory'],
] as const;
const SOURCES = [
  'Iraqi News',
  'Rudaw',
  'Al Sumaria',
  'Shafaq News',
  'Reuters',
  'AFP',
  'Kurdistan 24',
  'Xinhua',
  'Syrian Observatory for Human Rights',
  'Anadolu Agency',
  'Al Mada',
  'Rudaw; Kurdistan 24',
  'Reuters; AFP',
];
const OPENINGS = [
  'According to security sources,',
  'Local officials said that',
  'A police officer said',
  'Residents reported that',
  'A medical source said',
];
const DEEDS = ['clashed with', 'shelled positions held by', 'ambushed a convoy of', 'launched an attack on', 'pushed back'];
const ENDINGS = [
  'No further details were given.',
  'The toll could not be verified independently.',
  'Several houses were damaged, and the road was closed.',
  'The ministry described the operation as "a success".',
  'Casualties on both sides were reported, but no figures were given.',
];

const HEADER =
  'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,region,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
const csv = (v: string | number) => (typeof v === 'string' && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v));

/** `rows` data rows (plus the header), the same for the same seed. */
export function syntheticAcled(rows: number, seed = 1): string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const lines: string[] = [HEADER];
  const start = Date.UTC(2014, 0, 1);
  for (let i = 1; i <= rows; i++) {
    const [location, admin1, country, lat, lng] = pick(PLACES);
    const date = new Date(start + Math.floor(random() * 730) * 86_400_000);
    const [type, sub] = pick(TYPES);
    const [a1, a2] = [pick(ACTORS), pick(ACTORS)];
    const fatalities = random() < 0.4 ? 0 : Math.floor(random() * 40);
    const day = String(date.getUTCDate()).padStart(2, '0');
    const eventDate = i % 2 ? `${day} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : date.toISOString().slice(0, 10);
    const r = random();
    const timePrecision = r < 0.8 ? 1 : r < 0.95 ? 2 : 3;
    const geoPrecision = random() < 0.7 ? 1 : random() < 0.5 ? 2 : 3;
    const notes = `On ${day} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pick(OPENINGS)} ${a1} ${pick(DEEDS)} ${a2} in ${location} (${admin1}). ${fatalities} people were reported killed. ${pick(ENDINGS)}`;
    const prefix = country === 'Iraq' ? 'IRQ' : 'SYR';
    lines.push(
      [
        `${prefix}${i}`,
        eventDate,
        date.getUTCFullYear(),
        timePrecision,
        type,
        sub,
        a1,
        a2,
        'Middle East',
        country,
        admin1,
        location,
        lat,
        lng,
        geoPrecision,
        pick(SOURCES),
        notes,
        fatalities,
      ]
        .map(csv)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

const LEAN_HEADER = 'event_id_cnty,event_date,time_precision,location,latitude,longitude,geo_precision,notes';

/**
 * `rows` rows with only the columns a row needs (and the place's name), about 60 bytes a row (a million rows make 63 MB): a
 * million rows fit under the import's size limit, as a large export trimmed to its essentials does.
 */
export function syntheticAcledLean(rows: number, seed = 1): string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const lines: string[] = [LEAN_HEADER];
  const start = Date.UTC(2014, 0, 1);
  for (let i = 1; i <= rows; i++) {
    const [location, , country, lat, lng] = pick(PLACES);
    const date = new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
    const [, sub] = pick(TYPES);
    lines.push([`${country === 'Iraq' ? 'IRQ' : 'SYR'}${i}`, date, 1, location, lat, lng, 1, sub].map(csv).join(','));
  }
  return `${lines.join('\n')}\n`;
}
