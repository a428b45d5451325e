import { screen, within } from '@testing-library/react';
import { renderInLanguage } from '../../testing/intl';
import { DELICES_TROPICAUX, MINIMAL_COMPANY } from '../fixtures';
import CompanyView from './CompanyView';

const renderCompany = (content, language = 'fr') =>
  renderInLanguage(<CompanyView content={content} />, { language });

/** The text of the <dd> that follows the <dt> with that label. */
const valueOf = (label) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling.textContent;

describe('CompanyView', () => {
  it('has one h1, the company name, and its description', () => {
    renderCompany(DELICES_TROPICAUX);

    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toHaveTextContent('Délices Tropicaux du Sénégal');
    expect(
      screen.getByText(/Transformation de fruits tropicaux/),
    ).toBeInTheDocument();
  });

  it('shows every field with its French label', () => {
    renderCompany(DELICES_TROPICAUX);

    expect(valueOf("Numéro d'immatriculation")).toBe('SN-DKR-2014-B-10234');
    expect(valueOf('Pays')).toBe('Sénégal');
    expect(valueOf('Ville')).toBe('Dakar');
    expect(valueOf("Secteurs d'activité")).toBe('Agroalimentaire');
    expect(valueOf("Taille de l'entreprise")).toBe(
      'Petite entreprise (10 à 49 salariés)',
    );
    expect(valueOf("Chiffre d'affaires annuel")).toMatch(/500 000/);
    expect(valueOf("Part du chiffre d'affaires à l'export")).toMatch(/^30\s%$/);
    expect(valueOf("Expérience de l'export")).toBe('Expérimenté');
    expect(valueOf('Marchés cibles')).toBe('FranceCanada');
    expect(
      screen.getByRole('heading', { name: 'Mangue séchée' }),
    ).toBeVisible();
    expect(
      screen.getByText('Trouver un distributeur au Québec.'),
    ).toBeVisible();
    expect(screen.getByRole('cell', { name: 'Vietnam' })).toBeVisible();
  });

  it('groups the fields in sections named by their h2', () => {
    renderCompany(DELICES_TROPICAUX);

    const sections = screen.getAllByRole('region');
    expect(
      sections.map((section) => section.getAttribute('aria-labelledby')),
    ).toEqual([
      'company-identity',
      'company-business',
      'company-products',
      'company-internationalisation',
      'company-media',
    ]);
    expect(
      screen.getByRole('region', { name: 'Produits et services' }),
    ).toBeVisible();
  });

  it('gives the logo a text alternative and links clear names', () => {
    renderCompany(DELICES_TROPICAUX);

    expect(
      screen.getByRole('img', { name: 'Logo de Délices Tropicaux du Sénégal' }),
    ).toHaveAttribute(
      'src',
      '/fr/entreprises/delices-tropicaux-du-senegal/@@images/logo-400-hash.png',
    );
    expect(
      screen.getByRole('link', {
        name: 'Télécharger la brochure brochure.pdf (12 Ko)',
      }),
    ).toHaveAttribute(
      'href',
      '/fr/entreprises/delices-tropicaux-du-senegal/@@download/brochure',
    );
    expect(
      screen.getByRole('link', {
        name: 'https://delices-tropicaux.example.sn/',
      }),
    ).toBeVisible();
  });

  it('speaks English on the English translation', () => {
    renderCompany(DELICES_TROPICAUX, 'en');

    expect(valueOf('Country')).toBe('Sénégal');
    expect(valueOf('Share of turnover from exports')).toBe('30%');
    expect(
      screen.getByTitle('Video 1 of Délices Tropicaux du Sénégal (YouTube)'),
    ).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/abc123DEF45',
    );
    expect(
      screen.getByRole('link', {
        name: 'Download the brochure brochure.pdf (12 KB)',
      }),
    ).toBeVisible();
  });

  it('leaves out empty optional fields and their sections', () => {
    renderCompany(MINIMAL_COMPANY);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'EduNova Maroc',
    );
    expect(valueOf('Pays')).toBe('Maroc');
    expect(valueOf("Expérience de l'export")).toBe('Primo-exportateur');
    expect(screen.queryByText("Chiffre d'affaires annuel")).toBeNull();
    expect(screen.queryByText('Marchés cibles')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(
      screen.queryByRole('region', { name: 'Produits et services' }),
    ).toBeNull();
    expect(document.querySelector('.documentDescription')).toBeNull();
  });

  it('copes with fields missing from the response altogether', () => {
    const { title, registration_number, country, city } = MINIMAL_COMPANY;
    renderCompany({ title, registration_number, country, city });

    expect(screen.getAllByRole('region')).toHaveLength(1);
  });

  it('renders user text as text, never as HTML or active links', () => {
    renderCompany({
      ...MINIMAL_COMPANY,
      description: '<img src=x onerror=alert(1)>',
      goals: '<script>alert(1)</script>',
      // eslint-disable-next-line no-script-url -- the attack under test
      website: 'javascript:alert(1)',
      // eslint-disable-next-line no-script-url -- the attack under test
      video_links: ['javascript:alert(2)', 'not a url'],
    });

    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    expect(screen.getByText('<script>alert(1)</script>')).toBeVisible();
    expect(document.querySelector('script, img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('lists the missions in a table named by its heading', () => {
    renderCompany(DELICES_TROPICAUX);

    const table = screen.getByRole('table', { name: 'Missions suivies' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Année', 'Mission', 'Destination']);
  });

  it('lists the verification documents the backend lets the reader see', () => {
    renderCompany({
      ...MINIMAL_COMPANY,
      items: [
        {
          '@id': 'http://localhost:8080/Plone/fr/entreprises/x/rccm',
          '@type': 'VerificationDocument',
          title: 'Extrait RCCM',
        },
        {
          '@id': 'http://localhost:8080/Plone/fr/entreprises/x/atelier',
          '@type': 'Image',
          title: 'Atelier',
        },
      ],
    });

    const section = screen.getByRole('region', {
      name: 'Justificatifs de vérification',
    });
    expect(section).toHaveTextContent('Privés');
    expect(
      within(section)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([['Extrait RCCM', '/fr/entreprises/x/rccm']]);
  });

  it('shows the HS code of a product', () => {
    renderCompany(
      {
        ...DELICES_TROPICAUX,
        products: [{ name: 'Mangue séchée', hs_code: '080450' }],
      },
      'en',
    );

    expect(screen.getByText('HS code: 080450')).toBeVisible();
  });

  it('carries the OIF badge of a featured company only', () => {
    renderCompany({ ...DELICES_TROPICAUX, featured: true }, 'en');
    expect(screen.getByText('Recommended by the OIF')).toBeVisible();
  });

  it('shows its photos in a gallery of their own', () => {
    renderCompany(
      {
        ...MINIMAL_COMPANY,
        items: [
          {
            '@id': 'http://localhost:8080/Plone/fr/entreprises/x/atelier',
            '@type': 'Image',
            title: 'Atelier',
            image_field: 'image',
            image_scales: {
              image: [{ download: '@@images/image-800-a.jpeg', width: 800 }],
            },
          },
        ],
      },
      'en',
    );

    const gallery = screen.getByRole('region', { name: 'Photos' });
    expect(within(gallery).getByRole('img', { name: 'Atelier' })).toBeVisible();
  });

  it('asks no completeness of readers who may not edit', () => {
    renderCompany(DELICES_TROPICAUX);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('has no verification section for who sees no document', () => {
    renderCompany(DELICES_TROPICAUX);

    expect(
      screen.queryByRole('region', { name: 'Justificatifs de vérification' }),
    ).toBeNull();
  });
});
