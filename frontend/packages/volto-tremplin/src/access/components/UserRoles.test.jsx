import { act, fireEvent, screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import UserRoles from './UserRoles';

const OPTIONS = [
  { id: 'Moderator', title: 'Moderator' },
  { id: 'Company Representative', title: 'Company Representative' },
];
const USER = {
  id: 'ahmed',
  fullname: 'Ahmed BENALI',
  email: 'ahmed@example.org',
  roles: ['Company Representative'],
  experience_level: 'growing',
};

function renderRoles(answer) {
  const requests = [];
  const onSaved = jest.fn();
  renderInLanguage(
    <ul>
      <UserRoles user={USER} options={OPTIONS} onSaved={onSaved} />
    </ul>,
    {
      middlewares: [
        fakeApi((action) => {
          requests.push(action.request);
          return answer(action);
        }),
      ],
    },
  );
  return { requests, onSaved };
}

const click = (name) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });

describe('UserRoles', () => {
  it('shows the roles as checkboxes and the experience level in words', () => {
    renderRoles(() => Promise.resolve({}));

    expect(screen.getByText('Growing')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Moderator' }).checked).toBe(
      false,
    );
    expect(
      screen.getByRole('checkbox', { name: 'Company Representative' }).checked,
    ).toBe(true);
  });

  it('saves the ticked roles after confirming what changes', async () => {
    const { requests, onSaved } = renderRoles(() =>
      Promise.resolve({ id: 'ahmed' }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Moderator' }));
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Company Representative' }),
    );
    await click('Save the roles of Ahmed BENALI');

    expect(
      screen.getByText(
        'Change the roles of Ahmed BENALI? Added: Moderator. Removed: Company Representative.',
      ),
    ).toBeTruthy();
    expect(requests).toEqual([]);
    await click('Confirm');

    expect(requests).toEqual([
      {
        op: 'post',
        path: '/@tremplin-roles',
        data: { user: 'ahmed', roles: ['Moderator'] },
      },
    ]);
    expect(onSaved).toHaveBeenCalledWith(
      'The roles of Ahmed BENALI are saved.',
      { id: 'ahmed' },
    );
  });

  it('shows the server refusal under the roles', async () => {
    renderRoles(() =>
      Promise.reject({
        status: 400,
        response: {
          body: {
            message: JSON.stringify([
              { field: 'roles', message: 'Unknown role.' },
            ]),
          },
        },
      }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Moderator' }));
    await click('Save the roles of Ahmed BENALI');
    await click('Confirm');

    const error = screen.getByText('Unknown role.');
    expect(
      screen.getByRole('group', { name: 'Roles of Ahmed BENALI' }),
    ).toHaveAttribute('aria-describedby', error.id);
  });

  it('saves nothing when nothing changed', async () => {
    const { requests, onSaved } = renderRoles(() => Promise.resolve({}));
    await click('Save the roles of Ahmed BENALI');

    expect(requests).toEqual([]);
    expect(onSaved).toHaveBeenCalledWith(
      'Nothing to save: the roles of Ahmed BENALI are unchanged.',
    );
  });
});
