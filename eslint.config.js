import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of `src/`, lowest first: each may import only the layers before it. `features`
 * and `app` are checked by the rules further down (features never import each other).
 */
const LAYERS = ['lib', 'config', 'data', 'stores', 'components', 'features', 'app'];

/** Inside `src/data`: the domain (schema, rules) is the base, derivations build on it, sources on both. */
const DATA_ROOMS = [
  { target: './src/data/domain', from: ['./src/data/sources', './src/data/derive'] },
  { target: './src/data/derive', from: ['./src/data/sources'] },
];

const layerZones = [
  ...LAYERS.slice(0, -1).map((layer, i) => ({
    target: `./src/${layer}`,
    from: LAYERS.slice(i + 1).map((upper) => `./src/${upper}`),
    message: `src/${layer} may import only ${LAYERS.slice(0, i).join(', ') || 'libraries'}: imports flow ${LAYERS.join(' → ')}.`,
  })),
  ...DATA_ROOMS.map((zone) => ({
    ...zone,
    message: 'In src/data, imports flow domain → derive → sources.',
  })),
];

/** One-way imports: shared code (lib, config, data, stores, components) → features → app. */
const noUpwardImports = (patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: patterns.map((group) => ({
        group,
        message: 'Imports flow shared → features → app.',
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'bench/results', '.tmp', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      // No import cycles of values in src/ (tests/unit/architecture checks type imports too).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/{lib,config,data,stores,components}/**/*.{ts,tsx}'],
    rules: noUpwardImports([['**/features/**', '**/app/**']]),
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**'], message: 'Imports flow shared → features → app.' },
            {
              // A feature uses shared code, never another feature: move what both need down.
              regex:
                '^(\\.\\./)+(features/)?(city-panel|compare|coverage|data-quality|data-sources|filters|insights|map|outlet-list|plan|presentation)/',
              message:
                'Features do not import each other; share through src/{lib,data,stores,components}.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
