import { screen } from '@testing-library/react';
import config from '@plone/volto/registry';
import { renderInLanguage } from '../../testing/intl';
import AnonymousTools from './AnonymousTools';

const onPage = {
  content: { data: { '@id': 'http://localhost:8080/Plone/fr/entreprises' } },
};

describe('AnonymousTools', () => {
  afterEach(() => {
    config.settings.showSelfRegistration = undefined;
  });

  it('names the login link by its visible text (WCAG 2.5.3)', () => {
    renderInLanguage(<AnonymousTools />, { language: 'fr', state: onPage });

    const link = screen.getByRole('link', { name: 'Se connecter' });
    expect(link).not.toHaveAttribute('aria-label');
    expect(link).toHaveAttribute('href', '/login?return_url=/fr/entreprises');
  });

  it('says "Log in" in English and links to /login off content', () => {
    renderInLanguage(<AnonymousTools />, { language: 'en' });

    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      '/login',
    );
    expect(screen.queryByRole('link', { name: 'Register' })).toBeNull();
  });

  it('offers registration when the site allows it', () => {
    config.settings.showSelfRegistration = true;
    renderInLanguage(<AnonymousTools />, { language: 'fr' });

    expect(screen.getByRole('link', { name: "S'inscrire" })).toHaveAttribute(
      'href',
      '/register',
    );
  });

  it('shows nothing to a logged-in member', () => {
    const { container } = renderInLanguage(<AnonymousTools />, {
      state: { userSession: { token: 'a-token' } },
    });

    expect(container).toBeEmptyDOMElement();
  });
});
