import js from '@eslint/js';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Components whose words all come from the message catalogue (src/words/messages): a word written
 * inline in their JSX, or in a title, label, placeholder or alt, fails lint. Every folder joins this
 * list once it is converted; at the end the list is all of src/.
 */
const CATALOGUED = [
  'src/App.tsx',
  'src/shell/**',
  'src/ui/Announcer.tsx',
  'src/ui/Notice.tsx',
  'src/ui/Arrow.tsx',
  'src/map/MapView.tsx',
  'src/map/MapButtons.tsx',
  'src/map/PlaceMarkers.tsx',
  'src/map/LargePlaces.tsx',
  'src/map/controllers.tsx',
  'src/timeline/**',
  'src/panel/**/*.tsx',
  'src/ui/ClaimCard.tsx',
  'src/io/**',
  'src/studio/**',
  'src/classroom/**/*.tsx',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'public/data', 'node_modules', 'e2e/artifacts'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: CATALOGUED,
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        { props: { include: [['*', '{title,alt,placeholder,label,aria-label,aria-description,aria-roledescription,aria-valuetext}']] } },
      ],
    },
  },
);
