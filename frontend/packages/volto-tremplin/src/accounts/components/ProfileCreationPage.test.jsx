import { act, fireEvent, screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import ProfileCreationPage from './ProfileCreationPage';

const mockPush = jest.fn();
jest.mock('react-router-dom', () => ({
  ...jest.requireActual('react-router-dom'),
  useHistory: () => ({ push: mockPush }),
}));

const VOCABULARY = {
  items: [
    { token: 'CI', title: "Côte d'Ivoire" },
    { token: 'agrifood', title: 'Agrifood' },
    { token: 'micro', title: 'Micro' },
    { token: 'primo_exporter', title: 'First-time exporter' },
  ],
};

// Every vocabulary of the company details, already loaded (the mock store
// has no reducer to keep an answer).
const VOCABULARIES = Object.fromEntries(
  ['countries', 'sectors', 'company_sizes', 'experience_levels'].map(
    (name, position) => [
      `en:oif.tremplin.vocabularies.${name}`,
      { items: [VOCABULARY.items[position]], loading: false, error: null },
    ],
  ),
);

function renderPage(myProfile, answerPost = () => Promise.resolve({})) {
  const requests = [];
  renderInLanguage(<ProfileCreationPage />, {
    state: {
      userSession: { token: 'jwt' },
      myProfile,
      registrationVocabularies: VOCABULARIES,
    },
    middlewares: [
      fakeApi((action) => {
        requests.push(action.request);
        if (action.request.op === 'post') {
          return answerPost(action);
        }
        return Promise.resolve(VOCABULARY);
      }),
    ],
  });
  return requests;
}

const INVITED = { loaded: true, items: [], may_create: true };

describe('ProfileCreationPage', () => {
  it('links to the profile she already has instead of a form', () => {
    renderPage({
      loaded: true,
      may_create: false,
      items: [{ '@id': 'http://localhost:3000/fr/entreprises/x', title: 'X' }],
    });
    expect(screen.getByText('You already have a profile.')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Open my profile: X' }),
    ).toHaveAttribute('href', '/fr/entreprises/x');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('names the missing answers and sends nothing', async () => {
    const requests = renderPage(INVITED);
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Create my profile' }),
      );
    });
    expect(requests.filter((request) => request.op === 'post')).toEqual([]);
    expect(
      screen.getByRole('group', { name: /kind of profile|profile/i }),
    ).toBeTruthy();
    expect(screen.getAllByText(/accept/i).length).toBeGreaterThan(0);
  });

  it('sends her answers and shows the server refusal on its field', async () => {
    const requests = renderPage(INVITED, () =>
      Promise.reject({
        status: 400,
        response: {
          body: {
            message: JSON.stringify([
              { field: 'company.title', message: 'This name is taken.' },
            ]),
          },
        },
      }),
    );
    fireEvent.click(screen.getByRole('radio', { name: /a company/i }));
    const type = (label, value) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    type(/Legal name/, 'Saveurs du Sahel');
    type(/^Country/, 'CI');
    type(/^Registration number/, 'CI-ABJ-2025-B-1');
    type(/^City/, 'Abidjan');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Agrifood' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Micro' }));
    fireEvent.click(screen.getByRole('radio', { name: 'First-time exporter' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /terms of use/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /privacy/i }));
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Create my profile' }),
      );
    });

    const [post] = requests.filter((request) => request.op === 'post');
    expect(post.path).toBe('/@tremplin-my-profile');
    expect(post.data).toMatchObject({
      kind: 'company',
      language: 'en',
      company: {
        title: 'Saveurs du Sahel',
        country: 'CI',
        sectors: ['agrifood'],
      },
      consents: { terms: true, privacy: true },
    });
    expect(post.data.password).toBeUndefined();
    expect(screen.getByText('This name is taken.')).toBeTruthy();
    expect(screen.getByLabelText(/Legal name/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});
