// Jest settings for the add-on's unit tests, merged by Volto core's
// jest-extender-plugin (RAZZLE_JEST_CONFIG, see `make test`) over the config
// in core/packages/volto/package.json. <rootDir> is core/packages/volto.
//
// Volto's own mapping points @plone/registry and @plone/volto-slate at their
// siblings in the Volto monorepo; here they are installed packages.
const path = require('path');
const voltoJest = require('./core/packages/volto/package.json').jest;

const ADDON = path.join(__dirname, 'packages', 'volto-tremplin');

const INSTALLED_PACKAGES = {
  '@plone/volto-slate/(.*)$':
    '<rootDir>/node_modules/@plone/volto-slate/src/$1',
  '@plone/registry': '<rootDir>/node_modules/@plone/registry/dist/index.cjs',
  '@plone/registry/(.*)$':
    '<rootDir>/node_modules/@plone/registry/dist/addon-registry/$1.cjs',
};

module.exports = {
  // Only the add-on is searched for tests (and mocks), not Volto core.
  roots: [`${ADDON}/src`],
  testMatch: [`${ADDON}/src/**/*.test.{js,jsx,ts,tsx}`],
  moduleNameMapper: {
    // Shadowed components re-export from the add-on by its name.
    '^volto-tremplin/(.*)$': `${ADDON}/src/$1`,
    ...Object.fromEntries(
      Object.entries(voltoJest.moduleNameMapper).map(([pattern, target]) => [
        pattern,
        INSTALLED_PACKAGES[pattern] || target,
      ]),
    ),
  },
  // TypeScript compiles with babel, as in the build: Volto's ts-jest
  // transform also type-checks, and fails on the type package the registry
  // does not serve (@plone/types, see BUILD_NOTES.md) as soon as a test
  // renders one of Volto's .tsx components (UniversalLink).
  transform: {
    ...voltoJest.transform,
    '^.+\\.ts(x)?$': 'babel-jest',
  },
  // pnpm keeps Volto's dependencies under core/packages/volto/node_modules;
  // the add-on's imports (react, semantic-ui-react…) resolve from there.
  modulePaths: ['<rootDir>/node_modules'],
  // Transform installed @plone and @plone-collective packages (volto-
  // authomatic), which ship untranspiled sources; `.pnpm/` is skipped so its
  // nested node_modules paths are checked too.
  transformIgnorePatterns: [
    '/node_modules/(?!\\.pnpm/|@plone/|@plone-collective/)',
  ],
};
