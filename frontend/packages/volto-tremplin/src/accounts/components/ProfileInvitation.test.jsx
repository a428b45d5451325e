import { screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import ProfileInvitation from './ProfileInvitation';

function renderInvitation({ token = 'jwt', myProfile, path = '/fr' }) {
  const requests = [];
  renderInLanguage(<ProfileInvitation />, {
    language: 'en',
    path,
    state: { userSession: { token }, myProfile },
    middlewares: [
      fakeApi((action) => {
        requests.push(action.request);
        return Promise.resolve({ items: [], may_create: true });
      }),
    ],
  });
  return requests;
}

describe('ProfileInvitation', () => {
  it('invites a member without a profile to create one', () => {
    renderInvitation({ myProfile: { loaded: true, may_create: true } });
    expect(
      screen.getByRole('link', { name: 'Create my profile' }),
    ).toHaveAttribute('href', '/en/create-profile');
  });

  it('asks the backend once when it does not know yet', () => {
    const requests = renderInvitation({ myProfile: { loaded: false } });
    expect(requests).toEqual([{ op: 'get', path: '/@tremplin-my-profile' }]);
  });

  it('says nothing to members with a profile', () => {
    renderInvitation({ myProfile: { loaded: true, may_create: false } });
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says nothing to anonymous visitors and asks nothing', () => {
    const requests = renderInvitation({
      token: null,
      myProfile: { loaded: false },
    });
    expect(screen.queryByRole('link')).toBeNull();
    expect(requests).toEqual([]);
  });

  it('says nothing on the creation page itself', () => {
    renderInvitation({
      path: '/en/create-profile',
      myProfile: { loaded: true, may_create: true },
    });
    expect(screen.queryByRole('link')).toBeNull();
  });
});
