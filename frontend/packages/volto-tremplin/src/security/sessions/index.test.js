import installSessions from './index';
import IdleMonitor from './components/IdleMonitor';
import { sessionExpiryMiddleware } from './middleware';

describe('installSessions', () => {
  it('adds the idle monitor on every page and the SessionExpired handler', () => {
    const Extra = () => null;
    const volto = (stack) => stack;
    const config = installSessions({
      settings: {
        appExtras: [{ match: '', component: Extra }],
        storeExtenders: [volto],
      },
    });

    expect(config.settings.appExtras).toEqual([
      { match: '', component: Extra },
      { match: '', component: IdleMonitor },
    ]);
    expect(config.settings.storeExtenders).toHaveLength(2);
    const stack = config.settings.storeExtenders.reduce(
      (acc, extend) => extend(acc),
      ['api'],
    );
    expect(stack).toEqual(['api', sessionExpiryMiddleware]);
  });
});
