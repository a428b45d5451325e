import { act, fireEvent, screen } from '@testing-library/react';
import { useHistory, useLocation } from 'react-router-dom';
import thunk from 'redux-thunk';
import { fakeApi, renderInLanguage } from '../../../testing/intl';
import IdleMonitor from './IdleMonitor';

const MINUTE = 60 * 1000;
const START = Date.parse('2026-11-27T10:00:00Z');

const base64url = (object) =>
  Buffer.from(JSON.stringify(object)).toString('base64url');

let sessionCount = 0;

/** A JWT like the server's (only its claims matter here). */
function newToken() {
  sessionCount += 1;
  return `${base64url({ alg: 'HS256' })}.${base64url({
    sub: 'awa',
    sid: `session-${sessionCount}`,
    exp: START / 1000 + 8 * 3600,
  })}.signature`;
}

const sessionBody = (idleExpires, idleMinutes) => ({
  idle_timeout: idleMinutes * 60,
  lifetime: 8 * 3600,
  idle_expires: new Date(idleExpires).toISOString(),
  expires: new Date(START + 8 * 3600 * 1000).toISOString(),
});

/** The page's path, and a button that goes to another page. */
const Page = () => {
  const { pathname } = useLocation();
  const history = useHistory();
  return (
    <>
      <p data-testid="path">{pathname}</p>
      <button type="button" onClick={() => history.push('/en/other')}>
        Elsewhere
      </button>
    </>
  );
};

/**
 * Renders the monitor for a member whose server idles her out after
 * `idleMinutes`, once its first reading of the session is done.
 */
async function renderMonitor({ idleMinutes = 2, token = newToken() } = {}) {
  const server = { deadline: START + idleMinutes * MINUTE };
  const requests = [];
  const { store } = renderInLanguage(
    <>
      <IdleMonitor />
      <Page />
    </>,
    {
      path: '/en/page',
      state: {
        userSession: { token },
        router: { location: { pathname: '/en/page', search: '' } },
      },
      middlewares: [
        thunk,
        fakeApi((action) => {
          requests.push(action.request);
          if (action.request.path === '/@tremplin-session') {
            if (action.request.op === 'post') {
              server.deadline = Date.now() + idleMinutes * MINUTE;
            }
            return Promise.resolve(sessionBody(server.deadline, idleMinutes));
          }
          return Promise.resolve({});
        }),
      ],
    },
  );
  await act(async () => {});
  return { store, requests, server };
}

async function advance(ms) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
  await act(async () => {});
}

const keepAlives = (requests) =>
  requests.filter(
    ({ path, op }) => path === '/@tremplin-session' && op === 'post',
  );

const lastPush = (store) =>
  store
    .getActions()
    .filter(({ type }) => type === '@@router/CALL_HISTORY_METHOD')
    .at(-1)?.payload.args[0];

describe('IdleMonitor', () => {
  beforeEach(() => {
    jest.useFakeTimers('modern');
    jest.setSystemTime(START);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('does nothing for a visitor', async () => {
    const { requests } = await renderMonitor({ token: null });
    await advance(5 * MINUTE);
    expect(requests).toEqual([]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('reads the session in the background', async () => {
    const { requests } = await renderMonitor();
    await advance(0);
    expect(requests).toEqual([
      {
        op: 'get',
        path: '/@tremplin-session',
        headers: { 'X-Tremplin-Background': '1' },
      },
    ]);
  });

  it('warns a minute before the idle logout, then signs out and says why', async () => {
    const { store } = await renderMonitor();
    await advance(MINUTE - 1000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await advance(1000);

    const dialog = screen.getByRole('alertdialog', {
      name: 'Are you still there?',
    });
    expect(dialog).toHaveAccessibleDescription(
      'For your security, you will be signed out after 2 minutes without activity. Signing out in 60 seconds.',
    );
    expect(
      screen.getByRole('button', { name: 'Stay signed in' }),
    ).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Signing out in 60 seconds.',
    );

    await advance(25 * 1000);
    expect(screen.getByRole('timer')).toHaveTextContent(
      'Signing out in 35 seconds.',
    );
    // The live region speaks at a few steps only.
    expect(screen.getByRole('status')).toHaveTextContent(
      'Signing out in 60 seconds.',
    );
    await advance(5 * 1000);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Signing out in 30 seconds.',
    );

    await advance(30 * 1000);
    expect(store.getActions().map(({ type }) => type)).toContain('LOGOUT');
    expect(lastPush(store)).toBe(
      '/en/login?reason=idle&minutes=2&return_url=%2Fen%2Fpage',
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('keeps the member signed in when she asks', async () => {
    const { store, requests } = await renderMonitor();
    await advance(MINUTE);

    fireEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
    await advance(0);

    // A keep-alive of her own: without the background header.
    expect(keepAlives(requests)).toEqual([
      { op: 'post', path: '/@tremplin-session' },
    ]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await advance(MINUTE);
    expect(store.getActions().map(({ type }) => type)).not.toContain('LOGOUT');
  });

  it('takes Escape for staying signed in', async () => {
    const { requests } = await renderMonitor();
    await advance(MINUTE);
    fireEvent(
      screen.getByRole('alertdialog'),
      new Event('cancel', { cancelable: true }),
    );
    await advance(0);
    expect(keepAlives(requests)).toHaveLength(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('signs out at once when the member chooses to', async () => {
    const { requests } = await renderMonitor();
    await advance(MINUTE);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await advance(0);
    expect(screen.getByTestId('path')).toHaveTextContent('/en/logout');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // Volto's logout page does the rest; the monitor stops.
    await advance(5 * MINUTE);
    expect(keepAlives(requests)).toHaveLength(0);
  });

  it('keeps an active member signed in, one keep-alive a minute', async () => {
    const { store, requests } = await renderMonitor({ idleMinutes: 30 });
    await advance(1000);
    fireEvent.keyDown(document.body, { key: 'a' });
    fireEvent.pointerDown(document.body);
    fireEvent.scroll(window);
    await advance(0);
    // The page load counted: the first keep-alive a minute after it.
    expect(keepAlives(requests)).toHaveLength(0);
    await advance(MINUTE - 1000);
    expect(keepAlives(requests)).toHaveLength(1);

    for (let minute = 0; minute < 40; minute += 1) {
      await advance(1000);
      fireEvent.keyDown(document.body, { key: 'a' });
      await advance(MINUTE - 1000);
    }
    expect(keepAlives(requests)).toHaveLength(41);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(store.getActions().map(({ type }) => type)).not.toContain('LOGOUT');
  });

  it('counts going to another page as activity', async () => {
    const { requests } = await renderMonitor({ idleMinutes: 30 });
    await advance(MINUTE);
    expect(keepAlives(requests)).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await advance(0);
    expect(keepAlives(requests)).toHaveLength(1);
  });
});
