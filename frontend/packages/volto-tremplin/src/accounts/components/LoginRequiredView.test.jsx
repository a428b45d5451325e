import { screen } from '@testing-library/react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import { renderInLanguage } from '../../testing/intl';
import LoginRequiredView from './LoginRequiredView';

const COMPANY_PATH = '/fr/entreprises/delices-tropicaux-du-senegal';
const session = (token) => ({
  userSession: { token, login: { loading: false, error: null } },
});

describe('LoginRequiredView', () => {
  it('shows anonymous visitors the login form in place', () => {
    renderInLanguage(<LoginRequiredView />, {
      language: 'fr',
      state: session(null),
      path: COMPANY_PATH,
    });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Connectez-vous pour continuer',
    );
    expect(screen.getByText(/réservée aux membres de Tremplin/)).toBeVisible();
    expect(document.querySelector('input#login-name')).toBeInTheDocument();
    expect(document.querySelector('input#login-password')).toBeInTheDocument();
  });

  it('fetches the page again once the visitor has logged in', () => {
    const { store, rerender } = renderInLanguage(<LoginRequiredView />, {
      state: session(null),
      path: COMPANY_PATH,
    });
    expect(store.getActions()).toEqual([]);

    // The mock store is static: swap in a state with a token, then re-render.
    store.getState().userSession.token = 'a-new-token';
    rerender(<LoginRequiredView />);

    expect(store.getActions()).toContainEqual(
      expect.objectContaining({
        type: 'GET_CONTENT',
        request: expect.objectContaining({
          path: expect.stringContaining(COMPANY_PATH),
        }),
      }),
    );
  });

  it('tells a logged-in member without access, without a login form', () => {
    renderInLanguage(<LoginRequiredView />, {
      language: 'en',
      state: session('a-token'),
      path: COMPANY_PATH,
    });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Access restricted',
    );
    expect(document.querySelector('input#login-name')).toBeNull();
    expect(Helmet.peek().title).toBe('Access restricted');
    expect(
      screen.getByRole('link', { name: 'Back to the home page' }),
    ).toHaveAttribute('href', '/en');
  });

  it('titles the page after its heading, over the login form’s title', () => {
    renderInLanguage(<LoginRequiredView />, {
      language: 'fr',
      state: session(null),
      path: COMPANY_PATH,
    });

    expect(Helmet.peek().title).toBe('Connectez-vous pour continuer');
    expect(
      screen.getByRole('link', { name: 'Retour à la page d’accueil' }),
    ).toHaveAttribute('href', '/fr');
  });

  it('marks the server response as 401', () => {
    const staticContext = {};
    renderInLanguage(<LoginRequiredView staticContext={staticContext} />, {
      state: session(null),
    });

    expect(staticContext.error_code).toBe(401);
  });
});
