// razzle.extend.js sits beside src/ (Volto loads it from the add-on's root).
import { extenderFor, pathsInBuildDir } from '../razzle.extend';

const RAZZLE_PATHS = {
  appPath: '/volto',
  appSrc: '/volto/src',
  appBuild: '/volto/build',
  appBuildPublic: '/volto/build/public',
  appAssetsManifest: '/volto/build/assets.json',
  appBuildStaticExport: '/volto/build/static_export.js',
  appBuildStaticExportRoutes: '/volto/build/public/static_routes.js',
};

/** A webpack config with the LoadablePlugin Volto's razzle.config.js adds. */
function webConfig() {
  class LoadablePlugin {
    constructor(opts) {
      this.opts = opts;
    }
  }
  const loadable = new LoadablePlugin({
    outputAsset: false,
    writeToDisk: { filename: '/volto/build' },
  });
  return { config: { plugins: [{}, loadable] }, loadable };
}

describe('razzle.extend.js', () => {
  it('moves every build output into the build directory', () => {
    expect(pathsInBuildDir(RAZZLE_PATHS, '/volto/build-acceptance')).toEqual({
      appPath: '/volto',
      appSrc: '/volto/src',
      appBuild: '/volto/build-acceptance',
      appBuildPublic: '/volto/build-acceptance/public',
      appAssetsManifest: '/volto/build-acceptance/assets.json',
      appBuildStaticExport: '/volto/build-acceptance/static_export.js',
      appBuildStaticExportRoutes:
        '/volto/build-acceptance/public/static_routes.js',
    });
  });

  it('adds a paths plugin and moves the loadable stats when set', async () => {
    const extender = extenderFor('build-acceptance');
    const plugins = extender.plugins([{ name: 'scss' }]);
    const { config, loadable } = webConfig();

    expect(plugins.map(({ name }) => name)).toEqual([
      'scss',
      'tremplin-build-dir',
    ]);
    const paths = await plugins[1].object.modifyPaths({ paths: RAZZLE_PATHS });
    expect(paths.appBuild).toMatch(/\/build-acceptance$/);
    expect(paths.appBuildPublic).toMatch(/\/build-acceptance\/public$/);

    extender.modify(config, { target: 'web', dev: false });
    expect(loadable.opts.writeToDisk).toEqual({ filename: paths.appBuild });
  });

  it('changes nothing when unset, in development or for the server', () => {
    const defaults = [{ name: 'scss' }];
    const { config, loadable } = webConfig();

    expect(extenderFor(undefined).plugins(defaults)).toBe(defaults);
    extenderFor(undefined).modify(config, { target: 'web', dev: false });
    extenderFor('build-acceptance').modify(config, {
      target: 'web',
      dev: true,
    });
    extenderFor('build-acceptance').modify(config, {
      target: 'node',
      dev: false,
    });
    expect(loadable.opts.writeToDisk).toEqual({ filename: '/volto/build' });
  });
});
