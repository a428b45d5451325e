import { screen } from '@testing-library/react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import { renderInLanguage } from '../../testing/intl';
import ErrorViews from './ErrorViews';

const NotFoundPage = ErrorViews[404];

/** The document title the page asks for. */
const documentTitle = () => Helmet.peek().title;

describe('404 page', () => {
  it('has a French title and links to the French home', () => {
    const staticContext = {};
    const { store } = renderInLanguage(
      <NotFoundPage staticContext={staticContext} />,
      { language: 'fr', path: '/fr/page-disparue' },
    );

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Page introuvable',
    );
    expect(documentTitle()).toBe('Page introuvable');
    expect(
      screen.getByRole('link', { name: 'Retour à la page d’accueil' }),
    ).toHaveAttribute('href', '/fr');
    expect(staticContext.error_code).toBe(404);
    // The header's navigation, as on Volto's own 404 page.
    expect(store.getActions()).toContainEqual(
      expect.objectContaining({
        type: 'GET_NAVIGATION',
        request: expect.objectContaining({
          path: expect.stringMatching(/^\/fr\/@navigation/),
        }),
      }),
    );
  });

  it('speaks English in English', () => {
    renderInLanguage(<NotFoundPage />, {
      language: 'en',
      path: '/en/missing',
    });

    expect(documentTitle()).toBe('Page not found');
    expect(
      screen.getByRole('link', { name: 'Back to the home page' }),
    ).toHaveAttribute('href', '/en');
  });
});

describe('other error pages', () => {
  it.each([
    [403, 'Accès interdit'],
    [408, 'Le serveur a mis trop de temps à répondre'],
    [500, 'Une erreur est survenue'],
  ])('%p has a title, a message and a way home', (code, title) => {
    const View = ErrorViews[code];
    const staticContext = {};
    renderInLanguage(<View staticContext={staticContext} />, {
      language: 'fr',
    });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(documentTitle()).toBe(title);
    expect(
      screen.getByRole('link', { name: 'Retour à la page d’accueil' }),
    ).toHaveAttribute('href', '/fr');
    expect(staticContext.error_code).toBe(code);
  });
});
