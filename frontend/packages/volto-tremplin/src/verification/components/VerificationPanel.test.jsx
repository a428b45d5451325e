import { act, fireEvent, screen, within } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import VerificationPanel from './VerificationPanel';
import VerifiedBadge from './VerifiedBadge';

const URL = 'http://localhost:8080/Plone/en/companies/saveurs-du-sahel';
const PATH = '/en/companies/saveurs-du-sahel';
// As plone.restapi serialises a profile: no Dublin Core `creators`.
const CONTENT = {
  '@id': URL,
  '@type': 'Company',
  title: 'Saveurs du Sahel',
  review_state: 'draft',
};
const TOKEN = `header.${btoa(JSON.stringify({ sub: 'aminata' })).replace(
  /=+$/,
  '',
)}.signature`;

const transitions = (...ids) =>
  ids.map((id) => ({ '@id': `${URL}/@workflow/${id}`, title: id }));

const dossier = (workflow, documents = []) => ({
  path: PATH,
  loaded: true,
  loading: false,
  error: false,
  workflow: { state: null, history: [], transitions: [], ...workflow },
  documents,
  creator: 'aminata',
});

async function renderPanel(
  state,
  answer = () => Promise.resolve({}),
  content = CONTENT,
) {
  const requests = [];
  let result;
  await act(async () => {
    result = renderInLanguage(<VerificationPanel content={content} />, {
      language: 'en',
      state: { userSession: { token: TOKEN }, ...state },
      middlewares: [
        fakeApi((action) => {
          requests.push(action.request);
          return answer(action);
        }),
      ],
    });
  });
  return { ...result, requests };
}

describe('VerificationPanel', () => {
  it('shows the owner her state, the four documents and what is missing', async () => {
    const { requests } = await renderPanel({
      verificationDossier: dossier(
        { state: { id: 'draft' }, transitions: transitions('submit') },
        [
          {
            '@id': `${URL}/rccm`,
            title: 'RCCM 2026',
            document_kind: { token: 'register_extract', title: 'x' },
          },
        ],
      ),
    });

    expect(requests[0]).toEqual([
      { op: 'get', path: `${PATH}/@workflow` },
      expect.objectContaining({
        path: expect.stringContaining(
          `${PATH}/@search?portal_type=VerificationDocument`,
        ),
      }),
      expect.objectContaining({ path: expect.stringContaining('Creator') }),
    ]);
    const panel = screen.getByRole('region', { name: 'Verification file' });
    expect(panel).toHaveTextContent(
      'State of your profiledraft: not sent for verification yet',
    );
    const rows = within(panel)
      .getAllByRole('listitem')
      .filter(
        (item) => item.parentElement.className === 'verification-checklist',
      );
    expect(rows.map((row) => row.textContent)).toEqual([
      '✓Trade register extract (sent)RCCM 2026',
      '✗Identity document of the manager (missing)Add Identity document of the manager',
      '✗Latest financial statements (missing)Add Latest financial statements',
      '✗Proof of address (missing)Add Proof of address',
    ]);
    expect(
      within(panel).getByRole('link', { name: 'RCCM 2026' }),
    ).toHaveAttribute('href', `${PATH}/rccm`);
    expect(
      within(panel).getByRole('link', { name: 'Add Proof of address' }),
    ).toHaveAttribute('href', `${PATH}/add?type=VerificationDocument`);
    expect(panel).toHaveTextContent('Add the missing documents');
  });

  it('sends the profile for verification', async () => {
    const { requests } = await renderPanel({
      verificationDossier: dossier({ transitions: transitions('submit') }),
    });
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Submit for verification' }),
      );
    });

    expect(requests).toContainEqual({
      op: 'post',
      path: `${PATH}/@workflow/submit`,
      data: {},
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your profile was sent for verification.',
    );
  });

  it('shows the reason of a rejection and asks an explanation to appeal', async () => {
    const { requests } = await renderPanel(
      {
        verificationDossier: dossier({
          state: { id: 'rejected' },
          transitions: transitions('appeal'),
        }),
      },
      undefined,
      {
        ...CONTENT,
        review_state: 'rejected',
        decision_message: 'The extract is unreadable.',
      },
    );

    expect(
      screen.getByRole('heading', { name: 'Reason given by the moderator' }),
    ).toBeVisible();
    expect(screen.getByText('The extract is unreadable.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Submit/ })).toBeNull();

    const send = screen.getByRole('button', { name: 'Send the appeal' });
    await act(async () => {
      fireEvent.click(send);
    });
    const comment = screen.getByLabelText('Your explanation');
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(comment).toHaveFocus();
    expect(comment).toHaveAccessibleDescription(/Fill in this field./);

    fireEvent.change(comment, { target: { value: 'New extract added.' } });
    await act(async () => {
      fireEvent.click(send);
    });
    expect(requests).toContainEqual({
      op: 'post',
      path: `${PATH}/@workflow/appeal`,
      data: { comment: 'New extract added.' },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your appeal was sent.',
    );
  });

  it('puts the backend’s refusal of an appeal under the field', async () => {
    await renderPanel(
      {
        verificationDossier: dossier({
          state: { id: 'rejected' },
          transitions: transitions('appeal'),
        }),
      },
      (action) =>
        action.request.op === 'post'
          ? Promise.reject({
              status: 400,
              response: {
                body: {
                  message: JSON.stringify([
                    { field: 'comment', message: 'Give a reason.' },
                  ]),
                },
              },
            })
          : Promise.resolve({}),
    );
    fireEvent.change(screen.getByLabelText('Your explanation'), {
      target: { value: ' x' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send the appeal' }));
    });

    expect(
      screen.getByLabelText('Your explanation'),
    ).toHaveAccessibleDescription(/Give a reason./);
  });

  it('tells the owner her profile waits, with nothing to do', async () => {
    await renderPanel({
      verificationDossier: dossier({ state: { id: 'submitted' } }),
    });

    const panel = screen.getByRole('region', { name: 'Verification file' });
    expect(panel).toHaveTextContent('submitted: waiting for a moderator');
    expect(within(panel).queryByRole('button')).toBeNull();
    // No "Add" while the OIF team holds the profile.
    expect(within(panel).queryByRole('link')).toBeNull();
  });

  it('is not shown to other members, nor to anonymous visitors', async () => {
    await renderPanel({
      userSession: {
        token: `h.${btoa(JSON.stringify({ sub: 'ahmed' }))}.s`,
      },
      verificationDossier: dossier({ state: { id: 'draft' } }),
    });
    expect(screen.queryByRole('region')).toBeNull();

    await renderPanel({
      userSession: { token: null },
      verificationDossier: dossier({ transitions: transitions('submit') }),
    });
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('VerifiedBadge', () => {
  it('says in words that the profile is verified, with the date', () => {
    renderInLanguage(
      <VerifiedBadge
        content={{ review_state: 'verified', verified_on: '2026-11-27' }}
      />,
      { language: 'en' },
    );

    // The words alone, and with the decorative mark around them.
    expect(screen.getByText(/^Verified profile, on/)).toHaveTextContent(
      'Verified profile, on November 27, 2026',
    );
    expect(
      document.querySelector('p.tremplin-verified-badge'),
    ).toHaveTextContent('✓ Verified profile, on November 27, 2026');
    expect(document.querySelector('time')).toHaveAttribute(
      'dateTime',
      '2026-11-27',
    );
  });

  it('is absent from a profile that is not verified', () => {
    const { container } = renderInLanguage(
      <VerifiedBadge
        content={{ review_state: 'expired', verified_on: '2025-11-27' }}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
