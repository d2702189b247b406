/**
 * The words the drafter reads attribution by: reporting verbs, the nouns that head a source
 * ("officials", "a spokesman"), titles before a name, outlets, bodies and groups. Lists, not a
 * model: each entry is a reading a reviewer can check, and a new outlet is one more line here.
 */

/** Reporting verbs by form. `recipient`: the words after it name who was told ("told Reuters"). */
const VERBS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  report: ['report', 'reports', 'reported', 'reporting'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  state: ['stated', 'states'],
  add: ['added', 'adds', 'adding'],
  explain: ['explained', 'explains'],
  note: ['noted', 'notes'],
  warn: ['warned', 'warns', 'warning'],
  reveal: ['reveal', 'reveals', 'revealed'],
  insist: ['insisted', 'insists'],
  argue: ['argued', 'argues'],
  acknowledge: ['acknowledged', 'acknowledges', 'admitted', 'admits'],
  concede: ['concede', 'concedes', 'conceded'],
  request: ['requested', 'requests'],
  write: ['wrote', 'writes'],
  estimate: ['estimated', 'estimates'],
  allege: ['alleged', 'alleges'],
  accuse: ['accused', 'accuses'],
  predict: ['predicted', 'predicts'],
  vow: ['vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises'],
  threaten: ['threatened', 'threatens'],
  reject: ['rejected', 'rejects', 'dismissed', 'dismisses', 'refuted', 'refutes'],
  assert: ['asserted', 'asserts', 'maintained', 'maintains', 'stressed', 'stresses', 'emphasised', 'emphasized'],
  respond: ['responded', 'replied', 'countered'],
  urge: ['urged', 'urges', 'urging', 'appealed'],
};

export const CUE_FORMS = new Map<string, string>(Object.entries(VERBS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as [string, string])));
/** Forms that are also nouns ("the report", "his claims"): cues only when a subject comes before. */
export const NOUN_LIKE = new Set(['report', 'reports', 'claim', 'claims', 'notes', 'states', 'estimates', 'promises', 'vows', 'warning', 'reporting']);
export const DENIAL_LEMMAS = new Set(['deny', 'reject']);
export const RECIPIENT_LEMMAS = new Set(['tell']);
/** Verbs whose "to X" names who heard it: "confirmed to the New York Times". */
export const TO_RECIPIENT = new Set(['confirm', 'say', 'explain', 'reveal', 'admit', 'acknowledge', 'write', 'announce']);

/** Words a subject may carry between itself and its verb: "has also publicly requested". */
export const AUX = new Set(['has', 'have', 'had', 'also', 'publicly', 'later', 'earlier', 'previously', 'recently', 'repeatedly', 'again', 'once', 'separately', 'privately', 'reportedly', 'initially', 'then', 'further', 'subsequently', 'now', 'still', 'all', 'both', 'would', 'will', 'did', 'does', 'do', 'not']);

/** Words that end a noun phrase when read backwards from a verb. */
export const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'but', 'though', 'although', 'while', 'whereas', 'because', 'as', 'since', 'when', 'where',
  'if', 'so', 'after', 'before', 'until', 'than', 'whether', 'or', 'nor', 'yet', 'once', 'unless', 'whilst', 'something', 'meanwhile',
  'instead', 'however', 'then', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'it', 'there',
]);

/** Nouns that head a source: "U.S. defense officials", "a second defense official". */
export const SOURCE_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'minister', 'ministers',
  'ministry', 'president', 'commander', 'commanders', 'advisor', 'advisors', 'adviser', 'advisers', 'analyst', 'analysts', 'expert', 'experts',
  'diplomat', 'diplomats', 'observer', 'observers', 'witness', 'witnesses', 'resident', 'residents', 'activist', 'activists', 'monitor', 'monitors',
  'reports', 'report', 'media', 'newspaper', 'paper', 'agency', 'government', 'administration', 'army', 'military', 'police', 'department',
  'office', 'command', 'council', 'committee', 'group', 'militia', 'rebels', 'insurgents', 'fighters', 'militants', 'statement', 'radio',
  'television', 'tv', 'channel', 'broadcaster', 'embassy', 'leader', 'leaders', 'chief', 'general', 'officer', 'officers', 'lawmaker',
  'lawmakers', 'senator', 'governor', 'mayor', 'authorities', 'coalition', 'aide', 'aides', 'researcher', 'associate', 'professor',
  'doctors', 'medics', 'people', 'person', 'authority', 'pentagon', 'kremlin', 'ministers', 'outlet', 'website', 'daily',
  'company', 'firm', 'club', 'union', 'unions', 'party', 'campaign', 'court', 'judge', 'prosecutor', 'prosecutors', 'hospital',
  'commission', 'board', 'regulator', 'operator', 'organisers', 'organizers', 'charity', 'family', 'lawyer', 'lawyers', 'airline',
  'manufacturer', 'team', 'service', 'services', 'inspectors', 'investigators', 'scientists', 'researchers', 'workers', 'staff',
  'farmers', 'protesters', 'villagers', 'survivors', 'chief', 'head', 'director', 'secretary', 'minister', 'premier', 'chairman',
]);

/** Documents that carry a source's words: "a photo-essay from The Atlantic" is The Atlantic's. */
export const DOCUMENTS = /^(?:statement|report|photo-essay|essay|article|story|interview|post|tweet|release|video|document|letter|briefing|analysis|investigation|dispatch|piece|photos|footage|leaflets|communique|communiqué)$/i;

export const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'director', 'gen', 'gen.', 'general', 'maj', 'maj.', 'major', 'col', 'col.', 'colonel',
  'lt', 'lt.', 'lieutenant', 'sen', 'sen.', 'senator', 'rep', 'rep.', 'representative', 'gov', 'gov.', 'governor', 'mayor', 'ambassador',
  'spokesman', 'spokeswoman', 'commander', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sheikh', 'ayatollah', 'king', 'prince',
  'queen', 'chancellor', 'chief', 'judge', 'justice', 'pope', 'sgt', 'sgt.', 'capt', 'capt.', 'captain', 'adm', 'adm.', 'admiral', 'brig',
  'brig.', 'foreign', 'defense', 'defence', 'state', 'of', 'the', 'national', 'intelligence', 'interior', 'deputy', 'u.s.', 'us', 'former',
  'supreme', 'leader', 'speaker', 'senior', 'top', 'army', 'staff', 'joint', 'chiefs', 'head', 'cmdr', 'cmdr.',
]);

export const OUTLETS = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'BBC', 'CNN', 'Fox News', 'NBC News', 'CBS News', 'ABC News', 'NPR',
  'Al Jazeera', 'Al Arabiya', 'Sky News', 'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post',
  'The Wall Street Journal', 'Wall Street Journal', 'The Guardian', 'The Times', 'The Telegraph', 'The Independent', 'The Economist',
  'Financial Times', 'Bloomberg', 'Politico', 'The Atlantic', 'The Daily Beast', 'Daily Beast', 'Breitbart', 'DEBKAfile', 'debkafile',
  'Haaretz', 'The Jerusalem Post', 'Times of Israel', 'Der Spiegel', 'Le Monde', 'Xinhua', 'TASS', 'RIA Novosti', 'Interfax', 'IRNA',
  'Fars', 'Tasnim', 'SANA', 'Anadolu', 'Kyodo', 'Yonhap', 'Axios', 'HuffPost', 'USA Today', 'Los Angeles Times', 'Newsweek', 'McClatchy',
  'ProPublica', 'Rudaw', 'Kurdistan 24', 'Asharq Al-Awsat', 'Middle East Eye', 'Deutsche Welle', 'DW', 'Euronews', 'Kyiv Independent',
];
export const OUTLET_WORDS = /\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Telegraph|Guardian|Radio|Television|TV|Press|Agency|Chronicle|Magazine|Observer|Broadcasting|Daily|Weekly|Wire|Beast)\b/;
export const OUTLET_NOUNS = /\b(?:newspaper|paper|daily|broadcaster|network|outlet|news agency|agency|radio|television|tv|magazine|website|channel)$/i;
export const REPORT_NOUNS = /\b(?:reports|media|press|news sources|report)$/i;

export const BODIES = /\b(?:Pentagon|White House|Kremlin|State Department|Department|Ministry|Central Command|CENTCOM|Command|government|administration|army|military|police|coalition|commission|Commission|regulator|court|Court|United Nations|UN|NATO|European Union|EU|Security Council|Congress|Parliament|Senate|authorities|embassy|ministry|council|office|Guard|Guards|Forces|forces)\b/;
export const ARMED = /\b(?:ISIS|ISIL|IS|Islamic State|Daesh|al[- ]Qaeda|Al[- ]Qaeda|Hezbollah|Hamas|Taliban|al-Shabab|Boko Haram|Houthis?|Nusra|rebel|rebels|insurgents|jihadists|militants|fighters)\b/;
export const MILITIA = /\bmilitias?\b|\bHashd\b|Popular Mobili[sz]ation/;
export const ANALYSTS = /\b(?:analyst|analysts|expert|experts|researcher|research associate|professor|scholar|fellow|think tank|Institute|University|Center for|Centre for|Council on Foreign Relations)\b/i;

export const AFFILIATIONS: [RegExp, string][] = [
  [/\b(?:ISIS|ISIL|IS|Islamic State|Daesh)\b/, 'islamic-state'],
  [/\bNATO\b/, 'nato'],
  [/(?<![\w.])(?:U\.S\.|US|American|United States|America|Pentagon|White House|Washington|State Department|Central Command|CENTCOM)(?![\w])/, 'united-states'],
  [/\b(?:Iran|Iranian|Tehran|Revolutionary Guards?)\b/, 'iran'],
  [/\b(?:Iraq|Iraqi|Baghdad|Hashd)\b/, 'iraq'],
  [/\b(?:Syrian government|Syrian army|Damascus|Assad)\b/, 'syria'],
  [/\b(?:Israel|Israeli)\b/, 'israel'],
];
