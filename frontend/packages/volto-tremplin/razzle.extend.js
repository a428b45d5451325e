/**
 * Razzle extender that Volto's razzle.config.js loads from every add-on.
 *
 * TREMPLIN_BUILD_DIR (a directory relative to core/packages/volto, e.g.
 * `build-acceptance`) makes `razzle build` write its output there instead of
 * `build/`, so the browser tests build and serve their own copy without
 * overwriting the build that a running `make start` serves. Unset, the build
 * goes to `build/` as usual. The server of such a build needs
 * BUILD_DIR=<the same directory> at run time (Volto's server reads its
 * loadable-stats.json and public files from there); `make start` sets it.
 */
const fs = require('fs');
const path = require('path');

/** Absolute path of the build directory `dir`, or null for Razzle's default. */
function buildDirOf(dir, appPath = fs.realpathSync(process.cwd())) {
  return dir ? path.resolve(appPath, dir) : null;
}

/** Razzle's paths with every build output moved into `buildDir`. */
function pathsInBuildDir(paths, buildDir) {
  return {
    ...paths,
    appBuild: buildDir,
    appBuildPublic: path.join(buildDir, 'public'),
    appAssetsManifest: path.join(buildDir, 'assets.json'),
    appBuildStaticExport: path.join(buildDir, 'static_export.js'),
    appBuildStaticExportRoutes: path.join(
      buildDir,
      'public',
      'static_routes.js',
    ),
  };
}

/**
 * The webpack config with @loadable's stats file written into `buildDir`:
 * Volto's razzle.config.js hard-codes `build/` for it, whatever the paths.
 */
function loadableStatsInBuildDir(config, buildDir) {
  for (const plugin of config.plugins) {
    if (plugin.constructor.name === 'LoadablePlugin' && plugin.opts) {
      plugin.opts.writeToDisk = { filename: buildDir };
    }
  }
  return config;
}

function extenderFor(dir) {
  const buildDir = buildDirOf(dir);
  return {
    plugins: (defaultPlugins) =>
      buildDir
        ? [
            ...defaultPlugins,
            {
              name: 'tremplin-build-dir',
              object: {
                modifyPaths: ({ paths }) => pathsInBuildDir(paths, buildDir),
              },
            },
          ]
        : defaultPlugins,
    modify: (config, { target, dev }) =>
      buildDir && !dev && target === 'web'
        ? loadableStatsInBuildDir(config, buildDir)
        : config,
  };
}

module.exports = {
  ...extenderFor(process.env.TREMPLIN_BUILD_DIR),
  extenderFor,
  pathsInBuildDir,
};
