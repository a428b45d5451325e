// Volto's own ESLint rules, applied to our add-on and acceptance specs.
// Volto core lives in core/packages/volto (see Makefile), so the resolver
// settings below replace its monorepo-relative ones.
const path = require('path');

const VOLTO_DIR = path.join(__dirname, 'core', 'packages', 'volto');
const EXTENSIONS = ['.js', '.jsx', '.ts', '.tsx', '.json'];
const BARREL_MESSAGE =
  'Barrel files are going away in Plone 7 and bloat bundles: import the module itself (e.g. @plone/volto/components/theme/Image/Image).';

module.exports = {
  root: true,
  extends: [path.join(VOLTO_DIR, '.eslintrc')],
  parserOptions: {
    babelOptions: { configFile: path.join(VOLTO_DIR, 'babel.config.js') },
  },
  settings: {
    // React is installed under Volto core, where `detect` does not look.
    react: { version: '18.2' },
    'import/resolver': {
      alias: {
        map: [
          // Shadows (customizations/) import the file they replace by it.
          ['@plone/volto-original', path.join(VOLTO_DIR, 'src')],
          ['@plone/volto', path.join(VOLTO_DIR, 'src')],
          [
            '@plone/volto-slate',
            path.join(
              VOLTO_DIR,
              'node_modules',
              '@plone',
              'volto-slate',
              'src',
            ),
          ],
          [
            'volto-tremplin',
            path.join(__dirname, 'packages', 'volto-tremplin', 'src'),
          ],
        ],
        extensions: EXTENSIONS,
      },
      node: {
        // The add-on imports Volto's dependencies (react, semantic-ui-react…),
        // which pnpm installs under Volto core.
        paths: [path.join(VOLTO_DIR, 'node_modules')],
        extensions: EXTENSIONS,
      },
    },
  },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          '@plone/volto/actions',
          '@plone/volto/components',
          '@plone/volto/helpers',
          '@plone/volto/reducers',
        ]
          .map((name) => ({ name, message: BARREL_MESSAGE }))
          .concat({
            name: 'lodash',
            message: "Import one helper: import map from 'lodash/map'.",
          }),
      },
    ],
  },
  overrides: [
    {
      files: ['acceptance/**/*.ts'],
      rules: {
        // Playwright fixtures take `use` as a parameter, not a React hook.
        'react-hooks/rules-of-hooks': 'off',
      },
    },
  ],
};
