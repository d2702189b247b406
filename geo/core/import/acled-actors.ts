/**
 * ACLED's actors as the map's voices: each named actor (actor1, actor2) becomes an asserter
 * whose affiliation is its own term (the reader filters by it, with a colour of its own), and
 * whose kind follows ACLED's interaction code (inter1, inter2: the codebook's numbers 1–8, or the
 * words newer exports write). Codes with no default kind bring terms the import declares.
 */
import type { Term } from '../model/vocab.ts';

/** ACLED's actor types (codebook, "inter" codes) → a kind of voice. */
const INTER: Readonly<Record<string, string>> = {
  '1': 'government-body',
  'state forces': 'government-body',
  '2': 'armed-group',
  'rebel group': 'armed-group',
  'rebel groups': 'armed-group',
  '3': 'militia',
  'political militia': 'militia',
  'political militias': 'militia',
  '4': 'militia',
  'identity militia': 'militia',
  'identity militias': 'militia',
  '5': 'rioters',
  rioters: 'rioters',
  '6': 'protesters',
  protesters: 'protesters',
  '7': 'civilians',
  civilians: 'civilians',
  '8': 'government-body',
  'external/other forces': 'government-body',
};

/** The kinds ACLED's codes need beyond the default ones. */
export const ACLED_KINDS: readonly Term[] = [
  { id: 'rioters', label: 'Rioters', translations: { ar: { label: 'مثيرو شغب' } } },
  { id: 'protesters', label: 'Protesters', translations: { ar: { label: 'محتجّون' } } },
  { id: 'civilians', label: 'Civilians', translations: { ar: { label: 'مدنيون' } } },
];

/** The kind for an actor: its code's, else read from the name ("Civilians (Sudan)"), else an armed group. */
export function actorKind(name: string, inter: string): string {
  const byCode = INTER[inter.trim().toLowerCase()];
  if (byCode) return byCode;
  if (/^civilians\b/i.test(name)) return 'civilians';
  if (/^protesters\b/i.test(name)) return 'protesters';
  if (/^rioters\b/i.test(name)) return 'rioters';
  if (/^(?:military|police) forces of\b/i.test(name)) return 'government-body';
  return /\bmilitia\b/i.test(name) ? 'militia' : 'armed-group';
}
