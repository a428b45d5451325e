import { screen } from '@testing-library/react';
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
