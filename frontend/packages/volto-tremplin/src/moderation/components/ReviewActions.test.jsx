import { act, fireEvent, screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import ReviewActions from './ReviewActions';

const PROFILE = {
  '@id': 'http://localhost:8080/Plone/fr/entreprises/akwaba',
  title: 'Akwaba Mode Éthique',
  review_state: 'in_review',
};

function renderActions(profile, answer) {
  const requests = [];
  const onDone = jest.fn();
  renderInLanguage(<ReviewActions profile={profile} onDone={onDone} />, {
    middlewares: [
      fakeApi((action) => {
        requests.push(action.request);
        return answer(action);
      }),
    ],
  });
  return { requests, onDone };
}

const click = (name) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });

describe('ReviewActions', () => {
  it('starts the review of a submitted profile without a dialog', async () => {
    const { requests, onDone } = renderActions(
      { ...PROFILE, review_state: 'submitted' },
      () => Promise.resolve({ review_state: 'in_review' }),
    );
    expect(screen.queryByRole('button', { name: 'Verify' })).toBeNull();

    await click('Start the review');

    expect(requests).toEqual([
      {
        op: 'post',
        path: '/fr/entreprises/akwaba/@tremplin-review',
        data: { action: 'start_review', message: '' },
      },
    ]);
    expect(onDone).toHaveBeenCalledWith('start_review', {
      review_state: 'in_review',
    });
  });

  it('verifies after a confirmation', async () => {
    const { requests, onDone } = renderActions(PROFILE, () =>
      Promise.resolve({ review_state: 'verified' }),
    );

    await click('Verify');
    expect(
      screen.getByText(/Verify the profile Akwaba Mode Éthique/),
    ).toBeTruthy();
    expect(requests).toEqual([]);
    await click('Confirm');

    expect(requests[0].data).toEqual({ action: 'verify', message: '' });
    expect(onDone).toHaveBeenCalledWith('verify', { review_state: 'verified' });
  });

  it('refuses to reject without a reason, then shows the server error', async () => {
    const { requests, onDone } = renderActions(PROFILE, () =>
      Promise.reject({
        status: 400,
        response: {
          body: {
            message: JSON.stringify([
              { field: 'message', message: 'Reason too short.' },
            ]),
          },
        },
      }),
    );

    await click('Reject');
    const reason = screen.getByLabelText(
      'Reason for the rejection (sent to the applicant)',
    );
    await click('Reject with this reason');
    expect(screen.getByText('Write a message to the applicant.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(requests).toEqual([]);

    fireEvent.change(reason, { target: { value: 'Extrait illisible' } });
    await click('Reject with this reason');
    await click('Confirm');

    expect(requests[0].data).toEqual({
      action: 'reject',
      message: 'Extrait illisible',
    });
    expect(screen.getByText('Reason too short.').id).toBe(
      reason.getAttribute('aria-describedby'),
    );
    expect(onDone).not.toHaveBeenCalled();
  });
});
