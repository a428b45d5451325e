import configureStore from 'redux-mock-store';
import thunk from 'redux-thunk';
import { getSession } from './actions';
import {
  addSessionExpiryMiddleware,
  sessionExpiryMiddleware,
} from './middleware';

const expired = {
  status: 401,
  response: { body: { type: 'SessionExpired', message: 'Session expired' } },
};

let tokenCount = 0;

/** A store signed in with a fresh token, whose @logout answers `logout`. */
function signedInStore(logout = () => Promise.resolve({})) {
  tokenCount += 1;
  const answerRequests = () => (next) => (action) =>
    action.request ? (next(action), logout(action)) : next(action);
  return configureStore([thunk, sessionExpiryMiddleware, answerRequests])({
    userSession: { token: `token-${tokenCount}` },
    intl: { locale: 'en' },
    router: { location: { pathname: '/en/companies/akwaba', search: '' } },
  });
}

const settle = async () => {
  for (let i = 0; i < 10; i += 1) {
    await Promise.resolve();
  }
};

const types = (store) => store.getActions().map(({ type }) => type);

describe('sessionExpiryMiddleware', () => {
  it('signs out and says why when a request meets an ended session', async () => {
    const store = signedInStore();
    store.dispatch({ type: 'GET_CONTENT_FAIL', error: expired });
    await settle();

    const actions = store.getActions();
    expect(actions[1]).toMatchObject({
      type: 'LOGOUT',
      request: { op: 'post', path: '@logout' },
    });
    expect(actions.at(-1)).toEqual({
      type: '@@router/CALL_HISTORY_METHOD',
      payload: {
        method: 'push',
        args: [
          '/en/login?reason=expired&return_url=%2Fen%2Fcompanies%2Fakwaba',
        ],
      },
    });
  });

  it('goes to the login page even when @logout is refused', async () => {
    const store = signedInStore(() => Promise.reject(expired));
    store.dispatch({ type: 'GET_CONTENT_FAIL', error: expired });
    await settle();
    expect(types(store).at(-1)).toBe('@@router/CALL_HISTORY_METHOD');
  });

  it('signs out once when several requests fail together', async () => {
    const store = signedInStore();
    store.dispatch({ type: 'GET_CONTENT_FAIL', error: expired });
    store.dispatch({ type: 'GET_NAVIGATION_FAIL', error: expired });
    await settle();
    expect(types(store).filter((type) => type === 'LOGOUT')).toHaveLength(1);
  });

  it('leaves other failures alone', async () => {
    const store = signedInStore();
    const refusals = [
      { type: 'GET_CONTENT_FAIL', error: { status: 401, response: {} } },
      {
        type: 'GET_CONTENT_FAIL',
        error: { status: 403, response: { body: { type: 'Forbidden' } } },
      },
      // A refused password, or the logout of an ended session.
      { type: 'LOGIN_FAIL', error: expired },
      { type: 'LOGOUT_FAIL', error: expired },
      // The idle monitor handles its own requests.
      { ...getSession(), type: 'TREMPLIN_GET_SESSION_FAIL', error: expired },
      { type: 'GET_CONTENT_SUCCESS', error: expired },
    ];
    refusals.forEach((action) => store.dispatch(action));
    await settle();
    expect(types(store)).toEqual(refusals.map(({ type }) => type));
  });

  it('does nothing for a visitor', async () => {
    const store = configureStore([thunk, sessionExpiryMiddleware])({
      userSession: { token: null },
    });
    store.dispatch({ type: 'GET_CONTENT_FAIL', error: expired });
    await settle();
    expect(types(store)).toEqual(['GET_CONTENT_FAIL']);
  });
});

describe('addSessionExpiryMiddleware', () => {
  it('comes after the API middleware, which dispatches the failures', () => {
    const api = () => () => () => null;
    expect(addSessionExpiryMiddleware([thunk, api])).toEqual([
      thunk,
      api,
      sessionExpiryMiddleware,
    ]);
  });
});
