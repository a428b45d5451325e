/**
 * Fast on a slow phone (spec ET02): compressed answers, static assets
 * compressed at build time and cached for a year, missing assets a 404,
 * private caching for answers that say nothing.
 * See docs/developer/web-performance.md.
 */
const VOLTO_STATIC = 'staticResourcesProcessor';

/** `list` with `before` inserted in front of Volto's static files and
 * `after` behind them (or both at the end when it is absent). */
export function aroundStatic(list, before, after) {
  const at = list.findIndex((middleware) => middleware?.id === VOLTO_STATIC);
  if (at < 0) return [...list, ...before, ...after];
  return [
    ...list.slice(0, at),
    ...before,
    list[at],
    ...after,
    ...list.slice(at + 1),
  ];
}

export default function installPerformance(config) {
  if (__SERVER__) {
    // Required here so the client bundle never contains Express nor zlib.
    const compression = require('compression');
    const precompressedStatic = require('./precompressed').default;
    const { IMMUTABLE } = require('./precompressed');
    const missingStatic = require('./missingStatic').default;
    const defaultCaching = require('./defaultCaching').default;
    config.settings.expressMiddleware = [
      // First: it wraps the response for every middleware after it (pages,
      // API answers through the proxy); it leaves encoded answers alone.
      compression(),
      defaultCaching(),
      ...aroundStatic(
        config.settings.expressMiddleware || [],
        [precompressedStatic()],
        [missingStatic()],
      ),
    ];
    const serverConfig = config.settings.serverConfig;
    if (serverConfig?.staticFiles) {
      serverConfig.staticFiles = [
        {
          id: 'tremplin_hashed_static',
          match: /^\/static\/.*/,
          headers: { 'Cache-Control': IMMUTABLE },
        },
        ...serverConfig.staticFiles,
      ];
    }
  }
  return config;
}
