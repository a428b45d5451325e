import { screen, within } from '@testing-library/react';
import { renderInLanguage } from '../../testing/intl';
import SiteFooter from './SiteFooter';

describe('SiteFooter', () => {
  it('names the OIF and links the French service pages', () => {
    renderInLanguage(<SiteFooter />, { language: 'fr' });

    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Organisation internationale de la Francophonie (OIF)',
    );
    const nav = screen.getByRole('navigation', { name: 'À propos du site' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Mentions légales', '/fr/mentions-legales'],
      ['Accessibilité', '/fr/accessibilite'],
      ['Contact', '/fr/contact-form'],
    ]);
  });

  it('links the English pages in English', () => {
    renderInLanguage(<SiteFooter />, { language: 'en' });

    expect(screen.getByRole('link', { name: 'Legal notice' })).toHaveAttribute(
      'href',
      '/en/legal-notice',
    );
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'International Organisation of La Francophonie (OIF)',
    );
  });

  it('is the target of the "skip to footer" link', () => {
    renderInLanguage(<SiteFooter />);

    expect(screen.getByRole('contentinfo')).toHaveAttribute('id', 'footer');
  });
});
