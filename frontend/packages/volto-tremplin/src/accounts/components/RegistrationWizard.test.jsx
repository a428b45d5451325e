import { act, fireEvent, screen, within } from '@testing-library/react';
import { fakeWidget, installFakeAltcha } from '../../security/captcha/fixtures';
import loadAltcha from '../../security/captcha/loadAltcha';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import { VOCABULARIES } from '../registration';
import RegistrationWizard from './RegistrationWizard';

jest.mock('../../security/captcha/loadAltcha', () => jest.fn());

const TERMS = {
  'company.country': [
    { token: 'SN', title: 'Senegal' },
    { token: 'MA', title: 'Morocco' },
  ],
  'company.sectors': [
    { token: 'agrifood', title: 'Agrifood' },
    { token: 'crafts', title: 'Crafts' },
  ],
  'company.size_band': [{ token: 'micro', title: 'Micro-enterprise' }],
  'company.experience_level': [
    { token: 'primo_exporter', title: 'First-time exporter' },
  ],
};

/** The vocabularies of the company details, already loaded in English. */
const VOCABULARY_STATE = Object.fromEntries(
  Object.entries(TERMS).map(([field, items]) => [
    `en:${VOCABULARIES[field]}`,
    { items, loading: false, error: null },
  ]),
);

const badRequest = (items) =>
  Promise.reject({
    status: 400,
    response: { body: { message: JSON.stringify(items) } },
  });

/** What the backend's live password check answers. */
const STRONG = {
  score: 4,
  acceptable: true,
  problems: [],
  suggestions: [],
};

function renderWizard(answer = () => Promise.resolve({})) {
  const requests = [];
  const checks = [];
  const result = renderInLanguage(<RegistrationWizard />, {
    language: 'en',
    path: '/en/register',
    state: { registrationVocabularies: VOCABULARY_STATE },
    middlewares: [
      fakeApi((action) => {
        if (action.request.path === '/@tremplin-password-check') {
          checks.push(action.request.data);
          return Promise.resolve(STRONG);
        }
        requests.push(action.request);
        return answer(action);
      }),
    ],
  });
  return { ...result, requests, checks };
}

/** The widget of the last step solves its challenge. */
const solveCaptcha = (container, payload = 'c29sdmVk') =>
  act(async () => {
    fakeWidget(container).emit('verified', payload);
  });

const type = (label, value) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const next = () =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
  });

async function fillEveryStep() {
  type('Full name', 'Aminata Diallo');
  type('E-mail address', 'aminata@example.sn');
  type('Password', 'Un-mot-de-passe-long');
  await next();
  fireEvent.click(screen.getByRole('radio', { name: 'a company' }));
  await next();
  type('Legal name of the company', 'Saveurs du Sahel');
  fireEvent.change(screen.getByRole('combobox', { name: 'Country' }), {
    target: { value: 'SN' },
  });
  type('Registration number', 'SN-DKR-2026-B-1');
  type('City', 'Dakar');
  fireEvent.click(screen.getByRole('checkbox', { name: 'Agrifood' }));
  fireEvent.click(screen.getByRole('radio', { name: 'Micro-enterprise' }));
  fireEvent.click(screen.getByRole('radio', { name: 'First-time exporter' }));
  await next();
  fireEvent.click(screen.getByRole('checkbox', { name: /terms of use/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: /privacy notice/ }));
  // The captcha widget loads.
  await act(async () => {});
}

const submit = () =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Create my account' }));
  });

describe('RegistrationWizard', () => {
  beforeEach(() => installFakeAltcha(loadAltcha));
  afterEach(() => loadAltcha.mockReset());

  it('shows where the visitor is: step 1 of 4, marked in the list', () => {
    renderWizard();

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Step 1 of 4 Your account',
    );
    const progress = screen.getByRole('navigation', {
      name: 'Progress of the registration',
    });
    const steps = within(progress).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      '1Your account',
      '2Kind of profile',
      '3Your profile',
      '4Consents and summary',
    ]);
    expect(steps[0]).toHaveAttribute('aria-current', 'step');
    expect(steps[1]).not.toHaveAttribute('aria-current');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('stops on a step with missing answers and says which', async () => {
    renderWizard();
    type('E-mail address', 'aminata@');
    await next();

    const name = screen.getByLabelText('Full name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Fill in this field.');
    expect(screen.getByLabelText('E-mail address')).toHaveAccessibleDescription(
      /Enter an e-mail address such as name@example.org/,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '3 fields need your attention.',
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Step 1 of 4',
    );
  });

  it('moves the focus to the heading of the next step, and back', async () => {
    renderWizard();
    type('Full name', 'Aminata Diallo');
    type('E-mail address', 'aminata@example.sn');
    type('Password', 'Un-mot-de-passe-long');
    await next();

    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Step 2 of 4 Kind of profile');
    expect(heading).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Step 2 of 4: Kind of profile',
    );

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    });
    expect(screen.getByLabelText('Full name')).toHaveValue('Aminata Diallo');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('shows and hides the password', () => {
    renderWizard();
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAccessibleDescription(/At least \d+ characters/);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Show password' }));
    expect(password).toHaveAttribute('type', 'text');
  });

  it('says how strong the password is, built from what she typed', async () => {
    const { checks } = renderWizard();
    type('Full name', 'Aminata Diallo');
    type('E-mail address', 'aminata@example.sn');
    type('Password', 'Un-mot-de-passe-long');

    expect(await screen.findByText(/Password strength: strong/)).toBeVisible();
    expect(checks[checks.length - 1]).toEqual({
      password: 'Un-mot-de-passe-long',
      email: 'aminata@example.sn',
      fullname: 'Aminata Diallo',
    });
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      /This password is accepted/,
    );
  });

  it('sends the registration and says to check the mailbox', async () => {
    const { container, requests } = renderWizard(() =>
      Promise.resolve({
        email: 'aminata@example.sn',
        expires: '2026-11-29T12:00:00+00:00',
      }),
    );
    await fillEveryStep();
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent(
      'Saveurs du Sahel',
    );
    expect(
      screen.getByRole('link', { name: /legal notice and privacy notice/ }),
    ).toHaveAttribute('href', '/en/legal-notice');
    expect(
      screen.getByRole('group', { name: 'Anti-spam check' }),
    ).toBeVisible();
    await solveCaptcha(container, 'c29sdmVk');
    await submit();

    expect(requests[0]).toEqual({
      op: 'post',
      path: '/@tremplin-registration',
      data: expect.objectContaining({
        email: 'aminata@example.sn',
        kind: 'company',
        company: expect.objectContaining({ country: 'SN' }),
        consents: { terms: true, privacy: true },
        captcha: 'c29sdmVk',
        website: '',
      }),
    });
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Check your mailbox');
    expect(heading).toHaveFocus();
    expect(screen.getByText('aminata@example.sn')).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Send the e-mail again' }),
    ).toBeVisible();
  });

  it('sends as soon as the anti-spam check is done when pressed early', async () => {
    const { container, requests } = renderWizard(() =>
      Promise.resolve({ email: 'aminata@example.sn' }),
    );
    await fillEveryStep();
    await submit();

    expect(requests).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'the form goes as soon as it is done',
    );
    // Pressing again changes nothing.
    await submit();
    expect(requests).toEqual([]);

    await solveCaptcha(container, 'bGF0ZQ==');
    expect(requests).toHaveLength(1);
    expect(requests[0].data.captcha).toBe('bGF0ZQ==');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Check your mailbox',
    );
  });

  it('asks the visitor to tick the box when the check failed', async () => {
    const { container, requests } = renderWizard();
    await fillEveryStep();
    await submit();
    await act(async () => {
      fakeWidget(container).emit('error');
    });

    expect(requests).toEqual([]);
    expect(
      screen.getByRole('group', { name: 'Anti-spam check' }),
    ).toHaveAccessibleDescription(/Tick the box “I am not a robot”/);
    expect(screen.getByRole('status')).toHaveTextContent(
      'One field needs your attention.',
    );

    // Ticking the box solves it; the error goes and the button works again.
    await solveCaptcha(container);
    expect(
      screen.getByRole('group', { name: 'Anti-spam check' }),
    ).not.toHaveAccessibleDescription(/Tick the box/);
    await submit();
    expect(requests).toHaveLength(1);
  });

  it('shows a refused captcha on the captcha and asks for a new one', async () => {
    const { container } = renderWizard(() =>
      badRequest([
        {
          field: 'captcha',
          message: 'Please confirm that you are not a robot.',
        },
      ]),
    );
    await fillEveryStep();
    await solveCaptcha(container);
    await submit();

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Step 4 of 4',
    );
    expect(
      screen.getByRole('group', { name: 'Anti-spam check' }),
    ).toHaveAccessibleDescription(/Please confirm that you are not a robot\./);
    expect(fakeWidget(container).reset).toHaveBeenCalled();
    expect(fakeWidget(container).verify).toHaveBeenCalled();
  });

  it('brings the visitor back to the step of a refused field', async () => {
    const { container } = renderWizard(() =>
      badRequest([
        { field: 'email', message: 'This address already has an account.' },
        { field: 'company.city', message: 'Unknown city.' },
      ]),
    );
    await fillEveryStep();
    await solveCaptcha(container);
    await submit();

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Step 1 of 4',
    );
    const email = screen.getByLabelText('E-mail address');
    expect(email).toHaveFocus();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      /This address already has an account./,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Some answers were refused',
    );

    // The other error waits on its own step.
    fireEvent.change(email, { target: { value: 'aminata2@example.sn' } });
    await next();
    await next();
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription(
      'Unknown city.',
    );
  });
});
