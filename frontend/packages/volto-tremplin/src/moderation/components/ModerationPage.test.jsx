import { screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import ModerationPage from './ModerationPage';

const ITEM = {
  '@id': 'http://localhost:8080/Plone/fr/entreprises/akwaba',
  title: 'Akwaba Mode Éthique',
  portal_type: 'Company',
  review_state: 'submitted',
  owner: { id: 'aminata', fullname: 'Aminata KONÉ', email: 'a@example.org' },
  submitted_on: '2026-11-20T10:00:00+00:00',
  age_days: 7,
  checks: { passed: 4, warning: 1, failed: 1 },
  documents: [],
};

function renderPage(reviewQueue) {
  return renderInLanguage(
    <ModerationPage location={{ pathname: '/en/moderation' }} />,
    {
      state: { reviewQueue },
      middlewares: [fakeApi(() => Promise.resolve({ items: [] }))],
    },
  );
}

describe('ModerationPage', () => {
  it('says when no profile is waiting', () => {
    renderPage({ items: [], loaded: true, loading: false, error: null });

    expect(screen.getByText('No profile is waiting')).toBeTruthy();
  });

  it('summarises each pending profile, check counts in words', () => {
    renderPage({ items: [ITEM], loaded: true, loading: false, error: null });

    expect(
      screen.getByRole('heading', { level: 2, name: 'Akwaba Mode Éthique' }),
    ).toBeTruthy();
    expect(screen.getByText('4 passed, 1 warnings, 1 failed')).toBeTruthy();
    expect(screen.getByText('7 days')).toBeTruthy();
    expect(
      screen
        .getByRole('button', { name: 'Review Akwaba Mode Éthique' })
        .getAttribute('aria-expanded'),
    ).toBe('false');
  });

  it('tells other users the list is for moderators', () => {
    renderPage({ items: [], loaded: false, error: { status: 401 } });

    expect(
      screen.getByText(
        'Only moderators and administrators can review profiles.',
      ),
    ).toBeTruthy();
  });
});
