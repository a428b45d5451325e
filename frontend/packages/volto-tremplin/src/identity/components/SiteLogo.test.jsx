import { screen, within } from '@testing-library/react';
import { renderInLanguage } from '../../testing/intl';
import SiteLogo from './SiteLogo';

const navroot = (id) => ({ data: { navroot: { '@id': id } } });

describe('SiteLogo', () => {
  it('links the French name and tagline to the French home', () => {
    renderInLanguage(<SiteLogo />, {
      language: 'fr',
      state: { navroot: navroot('http://localhost:8080/Plone/fr') },
      path: '/fr',
    });

    const link = screen.getByRole('link', {
      name: "Tremplin La plateforme de l'OIF pour l'international des PME francophones",
    });
    expect(link).toHaveAttribute('href', '/fr');
  });

  it('speaks English under /en', () => {
    renderInLanguage(<SiteLogo />, {
      language: 'en',
      state: { navroot: navroot('http://localhost:8080/Plone/en') },
      path: '/en',
    });

    expect(
      screen.getByRole('link', { name: /The OIF platform/ }),
    ).toHaveAttribute('href', '/en');
  });

  it('shows the logo image set in the Site control panel, named', () => {
    renderInLanguage(<SiteLogo />, {
      language: 'fr',
      state: {
        navroot: navroot('http://localhost:8080/Plone/fr'),
        site: {
          data: {
            'plone.site_title': 'Tremplin',
            'plone.site_logo':
              'http://localhost:8080/Plone/@@site-logo/logo-oif.png',
          },
        },
      },
      path: '/fr',
    });

    const link = screen.getByRole('link', { name: 'Tremplin' });
    expect(link).toHaveAttribute('href', '/fr');
    expect(within(link).getByRole('img')).toHaveAttribute(
      'src',
      '/@@site-logo/logo-oif.png',
    );
    expect(screen.queryByText(/La plateforme de l'OIF/)).toBeNull();
  });

  it('names the image by our site name when the site has no title', () => {
    renderInLanguage(<SiteLogo />, {
      language: 'en',
      state: {
        site: { data: { 'plone.site_logo': '/@@site-logo/logo.png' } },
      },
    });

    expect(screen.getByRole('img', { name: 'Tremplin' })).toBeInTheDocument();
  });

  it('keeps the text name and tagline when no logo is set', () => {
    renderInLanguage(<SiteLogo />, {
      language: 'fr',
      state: { site: { data: { 'plone.site_title': 'Tremplin' } } },
    });

    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('link')).toHaveTextContent(
      "TremplinLa plateforme de l'OIF",
    );
  });

  it('asks for the navigation root of the page', () => {
    const { store } = renderInLanguage(<SiteLogo />, {
      path: '/fr/entreprises',
    });

    expect(store.getActions()).toEqual([
      expect.objectContaining({
        type: 'GET_NAVROOT',
        request: expect.objectContaining({
          path: '/fr/entreprises/@navroot',
        }),
      }),
    ]);
  });
});
