import { screen, waitFor } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import CompletenessIndicator from './CompletenessIndicator';

const CONTENT = {
  '@id': 'http://localhost:8080/Plone/fr/entreprises/delices',
  title: 'Délices',
};
const ANSWER = {
  '@id':
    'http://localhost:8080/Plone/fr/entreprises/delices/@tremplin-completeness',
  score: 80,
  missing: [
    { field: 'logo', title: 'Logo', fieldset: 'media' },
    {
      field: 'goals',
      title: 'Internationalisation goals',
      fieldset: 'international',
    },
  ],
};

const editActions = (ids) => ({
  actions: { actions: { object: ids.map((id) => ({ id, title: id })) } },
});

function renderFor(ids, answer = ANSWER) {
  const requests = [];
  const rendered = renderInLanguage(
    <CompletenessIndicator content={CONTENT} />,
    {
      state: editActions(ids),
      middlewares: [
        fakeApi((action) => {
          requests.push(action.request.path);
          return Promise.resolve(answer);
        }),
      ],
    },
  );
  return { requests, ...rendered };
}

describe('CompletenessIndicator', () => {
  it('shows who may edit the score, and the missing fields as links to the form', async () => {
    const { requests } = renderFor(['view', 'edit']);

    const bar = await screen.findByRole('progressbar', {
      name: 'Completeness of your profile',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '80');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(screen.getByText('Profile 80% complete')).toBeVisible();
    expect(
      screen
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Fill in “Logo”', '/fr/entreprises/delices/edit'],
      ['Fill in “Internationalisation goals”', '/fr/entreprises/delices/edit'],
    ]);
    expect(requests).toEqual([
      '/fr/entreprises/delices/@tremplin-completeness',
    ]);
  });

  it('thanks the owner of a complete profile', async () => {
    renderFor(['edit'], { score: 100, missing: [] });

    expect(
      await screen.findByText('Your profile is complete: thank you!'),
    ).toBeVisible();
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('asks nothing and shows nothing to readers who may not edit', async () => {
    const { requests, container } = renderFor(['view']);

    await waitFor(() => expect(container).toBeEmptyDOMElement());
    expect(requests).toEqual([]);
  });

  it('shows nothing when the request fails', async () => {
    const failing = [];
    const { container } = renderInLanguage(
      <CompletenessIndicator content={CONTENT} />,
      {
        state: editActions(['edit']),
        middlewares: [
          fakeApi((action) => {
            failing.push(action.request.path);
            return Promise.reject({ status: 401 });
          }),
        ],
      },
    );
    await waitFor(() => expect(failing).toHaveLength(1));
    expect(container).toBeEmptyDOMElement();
  });
});
