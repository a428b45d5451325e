import installHeaders from './index';
import { appendForwardedFor } from './forwardedFor';

describe('installHeaders', () => {
  afterEach(() => {
    delete global.__SERVER__;
  });

  it('puts the headers first, then the forwarded address, on the server', () => {
    global.__SERVER__ = true;
    const volto = { id: 'volto' };
    const config = installHeaders({
      settings: { expressMiddleware: [volto] },
    });
    expect(config.settings.expressMiddleware).toHaveLength(3);
    expect(config.settings.expressMiddleware[0].id).toBe(
      'tremplin-security-headers',
    );
    expect(config.settings.expressMiddleware[1]).toBe(appendForwardedFor);
    expect(config.settings.expressMiddleware[2]).toBe(volto);
  });

  it('adds nothing in the browser', () => {
    global.__SERVER__ = false;
    const config = installHeaders({ settings: { expressMiddleware: [] } });
    expect(config.settings.expressMiddleware).toEqual([]);
  });
});
