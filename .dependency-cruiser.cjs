/**
 * The app's layers, checked by `npm run lint` (dependency-cruiser). Each layer imports only from
 * the layers below it; features do not import each other except named shared modules; nothing
 * imports in a circle. README.md › "How it is built" draws the same picture.
 *
 *   geo/core                       pure rules: schema, checks, compile, import, export, draft
 *   src/data                       load, model, time index, stored maps and tours
 *   src/store                      state and actions (no storage, no UI)
 *   src/words                      user-visible words: labels, dates, numbers
 *   src/session                    opening a map into the store, keeping tours
 *   src/ui                         small shared components and hooks
 *   src/step                       what a slider step shows (the time layer)
 *   src/{map,timeline,panel,classroom,studio,io,exercise}   features
 *   src/shell, App.tsx, main.tsx   layout and start-up
 */
const LAYERS = [
  ['core', '^geo/(core|types\\.ts)'],
  ['data', '^src/data/'],
  ['store', '^src/store/'],
  ['words', '^src/words/'],
  ['session', '^src/session/'],
  ['ui', '^src/ui/'],
  ['step', '^src/step/'],
  ['feature', '^src/(map|timeline|panel|classroom|studio|io|exercise)/'],
  ['shell', '^src/(shell/|App\\.tsx|main\\.tsx)'],
];
const FEATURES = ['map', 'timeline', 'panel', 'classroom', 'studio', 'io', 'exercise'];
/** Feature modules other features may use: each is named here, with why. */
const SHARED = [
  // The basemap layer: the main map, the studio's place picker and the handout's map draw the same land.
  '^src/map/Basemap\\.tsx$',
];

const upward = LAYERS.flatMap(([name, path], i) => {
  const above = LAYERS.slice(i + 1).map(([, p]) => p);
  if (!above.length) return [];
  return [
    {
      name: `no-upward-from-${name}`,
      comment: `${name} (${path}) may import only from the layers below it (see .dependency-cruiser.cjs and the README's "How it is built").`,
      severity: 'error',
      from: { path, pathNot: '\\.test\\.tsx?$' },
      to: { path: `(${above.join('|')})`, pathNot: SHARED.join('|') },
    },
  ];
});

const acrossFeatures = FEATURES.map((f) => ({
  name: `no-feature-to-feature-from-${f}`,
  comment: `Features do not import each other: move what ${f} needs into src/ui (or name it in SHARED, with a reason).`,
  severity: 'error',
  from: { path: `^src/${f}/` },
  to: { path: `^src/(${FEATURES.filter((g) => g !== f).join('|')})/`, pathNot: SHARED.join('|') },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make layers meaningless: break the cycle by moving the shared part down.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-build-in-app',
      comment: 'The browser never imports the build (geo/build) or Node-only scripts.',
      severity: 'error',
      from: { path: '^(src|geo/core)/', pathNot: '\\.test\\.tsx?$|^src/test/' },
      to: { path: '^(geo/build|scripts|bench|e2e)/' },
    },
    {
      name: 'core-is-pure',
      comment: 'geo/core runs in Node and the browser: it imports nothing from src/.',
      severity: 'error',
      from: { path: '^geo/core/' },
      to: { path: '^src/' },
    },
    ...upward,
    ...acrossFeatures,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|\\.(css|json|geojson|txt)(\\?raw)?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
