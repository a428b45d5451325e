import { screen, within } from '@testing-library/react';
import { renderInLanguage } from '../../testing/intl';
import SiteFooter from './SiteFooter';

const PORTAL = 'http://localhost:8080/Plone';

/** The actions state Volto keeps from @actions (the `actions` expander). */
const actionsState = (
  siteActions,
  { loaded = true, loading = false } = {},
) => ({
  actions: {
    actions: { object: [], site_actions: siteActions },
    loaded,
    loading,
  },
});

// What the backend's @actions answers under /fr and /en (profile actions.xml).
const FRENCH_ACTIONS = [
  {
    id: 'legal-notice',
    title: 'Mentions légales',
    url: `${PORTAL}/fr/mentions-legales`,
  },
  {
    id: 'accessibility',
    title: 'Accessibilité',
    url: `${PORTAL}/fr/accessibilite`,
  },
  { id: 'contact', title: 'Contact', url: `${PORTAL}/fr/contact-form` },
];
const ENGLISH_ACTIONS = [
  {
    id: 'legal-notice',
    title: 'Legal notice',
    url: `${PORTAL}/en/legal-notice`,
  },
  {
    id: 'accessibility',
    title: 'Accessibility',
    url: `${PORTAL}/en/accessibility`,
  },
  { id: 'contact', title: 'Contact', url: `${PORTAL}/en/contact-form` },
];

const linksOf = (nav) =>
  within(nav)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

describe('SiteFooter', () => {
  it('names the OIF and links the site actions inside the site', () => {
    const { store } = renderInLanguage(<SiteFooter />, {
      language: 'fr',
      state: actionsState(FRENCH_ACTIONS),
    });

    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Organisation internationale de la Francophonie (OIF)',
    );
    const nav = screen.getByRole('navigation', { name: 'À propos du site' });
    expect(linksOf(nav)).toEqual([
      ['Mentions légales', '/fr/mentions-legales'],
      ['Accessibilité', '/fr/accessibilite'],
      ['Contact', '/fr/contact-form'],
    ]);
    // Loaded with the page's content: nothing more to ask for.
    expect(store.getActions()).toEqual([]);
  });

  it('shows what editors set, in the order and words they chose', () => {
    renderInLanguage(<SiteFooter />, {
      language: 'en',
      state: actionsState([
        ENGLISH_ACTIONS[2],
        { id: 'faq', title: 'FAQ', url: `${PORTAL}/en/faq` },
      ]),
    });

    expect(
      linksOf(screen.getByRole('navigation', { name: 'About this site' })),
    ).toEqual([
      ['Contact', '/en/contact-form'],
      ['FAQ', '/en/faq'],
    ]);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'International Organisation of La Francophonie (OIF)',
    );
  });

  it('links the English pages in English', () => {
    renderInLanguage(<SiteFooter />, {
      language: 'en',
      state: actionsState(ENGLISH_ACTIONS),
    });

    expect(screen.getByRole('link', { name: 'Legal notice' })).toHaveAttribute(
      'href',
      '/en/legal-notice',
    );
  });

  it('asks for the actions of its language root on pages without content', () => {
    const { store } = renderInLanguage(<SiteFooter />, {
      language: 'en',
      state: actionsState([], { loaded: false }),
    });

    expect(store.getActions()).toEqual([
      expect.objectContaining({
        type: 'LIST_ACTIONS',
        request: expect.objectContaining({ path: '/en/@actions' }),
      }),
    ]);
    // No empty navigation landmark meanwhile.
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('is the target of the "skip to footer" link', () => {
    renderInLanguage(<SiteFooter />, { state: actionsState(FRENCH_ACTIONS) });

    expect(screen.getByRole('contentinfo')).toHaveAttribute('id', 'footer');
  });
});
