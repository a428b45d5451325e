import { screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import ExpertView from './ExpertView';

const EXPERT = {
  '@id': 'http://localhost:8080/Plone/en/experts/fatou-ndiaye',
  '@type': 'Expert',
  title: 'Fatou Ndiaye',
  review_state: 'verified',
  verified_on: '2026-03-02',
  bio: 'Customs broker for 15 years.\n\nTrains exporters in Dakar.',
  expertise_areas: [
    { token: 'customs', title: 'Customs and trade regulations' },
    { token: 'logistics', title: 'Logistics and transport' },
  ],
  countries: [{ token: 'SN', title: 'Senegal' }],
  languages: [
    { token: 'fr', title: 'French' },
    { token: 'wo', title: 'Wolof' },
  ],
  availability: { token: 'limited', title: 'A few days a month' },
  rates_band: null,
};

/** The text of the <dd> that follows the <dt> with that label. */
const valueOf = (label) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling.textContent;

describe('ExpertView', () => {
  it('shows the expert, her offer and her biography', () => {
    renderInLanguage(<ExpertView content={EXPERT} />, { language: 'en' });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Fatou Ndiaye',
    );
    expect(valueOf('Areas of expertise')).toBe(
      'Customs and trade regulationsLogistics and transport',
    );
    expect(valueOf('Countries known well')).toBe('Senegal');
    expect(valueOf('Working languages')).toBe('FrenchWolof');
    expect(valueOf('Availability')).toBe('A few days a month');
    expect(screen.queryByText('Daily rate')).toBeNull();
    expect(screen.getByRole('region', { name: 'Biography' })).toHaveTextContent(
      'Trains exporters in Dakar.',
    );
  });

  it('carries the badge of a verified profile', () => {
    renderInLanguage(<ExpertView content={EXPERT} />, { language: 'en' });

    expect(screen.getByText(/^Verified profile, on/)).toHaveTextContent(
      'March 2, 2026',
    );
  });

  it('renders the biography as text and leaves out empty sections', () => {
    renderInLanguage(
      <ExpertView
        content={{
          title: 'Nouvel expert',
          review_state: 'draft',
          bio: '<script>alert(1)</script>',
        }}
      />,
    );

    expect(screen.getByText('<script>alert(1)</script>')).toBeVisible();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(screen.queryByText(/Verified profile/)).toBeNull();
  });

  it('carries the OIF badge when featured', () => {
    renderInLanguage(<ExpertView content={{ ...EXPERT, featured: true }} />, {
      language: 'en',
    });

    expect(screen.getByText('Recommended by the OIF')).toBeVisible();
  });

  it('shows who may edit it how complete it is', async () => {
    renderInLanguage(<ExpertView content={EXPERT} />, {
      language: 'en',
      state: { actions: { actions: { object: [{ id: 'edit' }] } } },
      middlewares: [
        fakeApi((action) =>
          Promise.resolve(
            action.request.path.endsWith('@tremplin-completeness')
              ? {
                  score: 90,
                  missing: [
                    {
                      field: 'rates_band',
                      title: 'Daily rate',
                      fieldset: 'offer',
                    },
                  ],
                }
              : {},
          ),
        ),
      ],
    });

    expect(await screen.findByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '90',
    );
    expect(
      screen.getByRole('link', { name: 'Fill in “Daily rate”' }),
    ).toHaveAttribute('href', '/en/experts/fatou-ndiaye/edit');
  });
});
