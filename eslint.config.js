import js from '@eslint/js';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Every component's words come from the message catalogue (src/words/messages): a word written
 * inline in JSX, or in a title, label, placeholder or alt, fails lint. Data (names, quotes) is
 * passed in as values, never written in the code.
 */
const CATALOGUED = ['src/**/*.tsx'];

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
