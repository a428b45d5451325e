import installPerformance, { aroundStatic } from './index';

const named = (id) => Object.assign(() => {}, { id });

describe('aroundStatic', () => {
  it("puts ours in front of and behind Volto's static files", () => {
    const list = [named('devProxy'), named('staticResourcesProcessor')];
    const ids = aroundStatic(list, [named('before')], [named('after')]).map(
      (middleware) => middleware.id,
    );
    expect(ids).toEqual([
      'devProxy',
      'before',
      'staticResourcesProcessor',
      'after',
    ]);
  });

  it('appends both when there are no static files', () => {
    const ids = aroundStatic([named('a')], [named('b')], [named('c')]).map(
      (middleware) => middleware.id,
    );
    expect(ids).toEqual(['a', 'b', 'c']);
  });
});

describe('installPerformance', () => {
  afterEach(() => {
    delete global.__SERVER__;
  });

  it('adds nothing in the browser', () => {
    global.__SERVER__ = false;
    const config = installPerformance({ settings: { expressMiddleware: [] } });
    expect(config.settings.expressMiddleware).toEqual([]);
  });

  it('compresses first and caches hashed assets for a year', () => {
    global.__SERVER__ = true;
    const config = {
      settings: {
        expressMiddleware: [named('staticResourcesProcessor')],
        serverConfig: {
          staticFiles: [{ id: 'root_static', match: /^\/static\/.*/ }],
        },
      },
    };
    installPerformance(config);
    const ids = config.settings.expressMiddleware.map((m) => m.id);
    expect(config.settings.expressMiddleware[0].name).toBe('compression');
    expect(config.settings.expressMiddleware[1].name).toBe(
      'tremplinDefaultCaching',
    );
    expect(ids.slice(2)).toEqual([
      'tremplinPrecompressedStatic',
      'staticResourcesProcessor',
      'tremplinMissingStatic',
    ]);
    const [first] = config.settings.serverConfig.staticFiles;
    expect(first.headers['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(first.match.test('/static/js/client.abc.js')).toBe(true);
  });
});
