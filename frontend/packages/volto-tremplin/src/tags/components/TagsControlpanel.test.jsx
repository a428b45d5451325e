import { act, fireEvent, screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import TagsControlpanel from './TagsControlpanel';

jest.mock('../../moderation/components/PageToolbar', () => () => null);

const TAGS = [
  { tag: 'bio', count: 2 },
  { tag: 'mangue', count: 1 },
];

function renderPanel(answerPost) {
  const requests = [];
  renderInLanguage(
    <TagsControlpanel location={{ pathname: '/controlpanel/tremplin-tags' }} />,
    {
      middlewares: [
        fakeApi((action) => {
          requests.push(action.request);
          return action.request.op === 'get'
            ? Promise.resolve({ items: TAGS })
            : answerPost(action);
        }),
      ],
    },
  );
  return requests;
}

const click = (name) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });

describe('TagsControlpanel', () => {
  it('lists the tags of the interface language with their counts', async () => {
    const requests = renderPanel();
    expect(
      await screen.findByRole('checkbox', { name: 'bio (2 items)' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: 'mangue (1 item)' }),
    ).toBeTruthy();
    expect(requests[0]).toEqual({ op: 'get', path: '/en/@tremplin-tags' });
  });

  it('merges the ticked tags after a confirmation', async () => {
    const requests = renderPanel(() =>
      Promise.resolve({ updated: 3, items: [{ tag: 'fruits bio', count: 3 }] }),
    );
    fireEvent.click(await screen.findByRole('checkbox', { name: /bio/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /mangue/ }));
    fireEvent.change(screen.getByLabelText('New name'), {
      target: { value: 'fruits bio' },
    });
    await click('Rename or merge');

    expect(
      screen.getByText(
        'Replace “bio”, “mangue” by “fruits bio” on every item of this language?',
      ),
    ).toBeTruthy();
    expect(requests).toHaveLength(1);
    await click('Confirm');

    expect(requests[1]).toEqual({
      op: 'post',
      path: '/en/@tremplin-tags',
      data: {
        action: 'rename',
        tags: ['bio', 'mangue'],
        new_tag: 'fruits bio',
      },
    });
    expect(
      screen.getByText('Done: 3 items now carry “fruits bio”.'),
    ).toBeTruthy();
  });

  it('asks to tick a tag before deleting, and sends nothing', async () => {
    const requests = renderPanel();
    await screen.findByRole('checkbox', { name: /bio/ });
    await click('Delete');

    expect(screen.getByText('Tick at least one tag first.')).toBeTruthy();
    expect(requests).toHaveLength(1);
  });

  it('shows the server refusal next to the field it names', async () => {
    renderPanel(() =>
      Promise.reject({
        status: 400,
        response: {
          body: {
            message: JSON.stringify([
              {
                field: 'new_tag',
                message: 'A tag has at most 100 characters.',
              },
            ]),
          },
        },
      }),
    );
    fireEvent.click(await screen.findByRole('checkbox', { name: /bio/ }));
    fireEvent.change(screen.getByLabelText('New name'), {
      target: { value: 'x' },
    });
    await click('Rename or merge');
    await click('Confirm');

    expect(screen.getByLabelText('New name')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByText('A tag has at most 100 characters.')).toBeTruthy();
  });
});
