import { act, fireEvent, screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../../testing/intl';
import { takeJourney } from '../external';
import ExternalLoginButtons from './ExternalLoginButtons';

const OPTIONS = {
  providers: [{ id: 'oif', title: 'Annuaire OIF' }],
  loaded: true,
};

function renderButtons({ options = OPTIONS, answer } = {}) {
  window.sessionStorage.clear();
  const leave = jest.fn();
  const requests = [];
  const view = renderInLanguage(<ExternalLoginButtons leave={leave} />, {
    path: '/en/login?return_url=%2Fen%2Fmoderation',
    state: { externalLoginOptions: options },
    middlewares: [
      fakeApi(({ request }) => {
        requests.push(request);
        return answer ? answer() : new Promise(() => {});
      }),
    ],
  });
  return { ...view, leave, requests };
}

const clickLogin = () =>
  act(async () => {
    fireEvent.click(
      screen.getByRole('button', { name: 'Continue with Annuaire OIF' }),
    );
  });

describe('ExternalLoginButtons', () => {
  it('shows nothing when no provider is configured', () => {
    const { container } = renderButtons({
      options: { providers: [], loaded: true },
    });

    expect(container).toBeEmptyDOMElement();
  });

  it('names each provider in a list of buttons', () => {
    renderButtons();

    expect(
      screen.getByRole('list', {
        name: 'Or log in with an account you already have:',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Continue with Annuaire OIF' }),
    ).toHaveAttribute('type', 'button');
  });

  it('goes to the provider and keeps the state for the way back', async () => {
    const { leave, requests } = renderButtons({
      answer: () =>
        Promise.resolve({
          next_url: 'http://127.0.0.1:55096/authorize?state=s',
          session: 'signed-state',
        }),
    });
    await clickLogin();

    expect(requests[0].path).toMatch(/^@login-authomatic\/oif\?publicUrl=/);
    expect(leave).toHaveBeenCalledWith(
      'http://127.0.0.1:55096/authorize?state=s',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Taking you to Annuaire OIF…',
    );
    expect(takeJourney(window.sessionStorage, 'oif')).toEqual({
      provider: 'oif',
      title: 'Annuaire OIF',
      purpose: 'login',
      session: 'signed-state',
      returnUrl: '/en/moderation',
    });
  });

  it('says so when the provider cannot be reached, and stays', async () => {
    const { leave } = renderButtons({
      answer: () => Promise.reject({ status: 500, response: { body: {} } }),
    });
    await clickLogin();

    expect(leave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Logging in with Annuaire OIF is not possible at the moment.',
    );
  });

  it('never opens an address that is not a web page', async () => {
    const { leave } = renderButtons({
      answer: () =>
        // eslint-disable-next-line no-script-url -- the attack under test
        Promise.resolve({ next_url: 'javascript:alert(1)', session: 's' }),
    });
    await clickLogin();

    expect(leave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});
