import { act, screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import PasswordStrength from './PasswordStrength';

const WEAK = {
  score: 1,
  acceptable: false,
  problems: ['Use at least 12 characters.', 'This password is too common.'],
  suggestions: ['Add another word or two.'],
};
const STRONG = { score: 4, acceptable: true, problems: [], suggestions: [] };

function renderStrength(props, answer) {
  const requests = [];
  const view = renderInLanguage(
    <PasswordStrength id="strength" password="" {...props} />,
    {
      middlewares: [
        fakeApi((action) => {
          requests.push(action.request);
          return answer(action.request.data);
        }),
      ],
    },
  );
  return { ...view, requests };
}

describe('PasswordStrength', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const pause = () =>
    act(async () => {
      jest.advanceTimersByTime(400);
    });

  it('asks the backend once the typing pauses, with what to avoid', async () => {
    const { rerender, requests } = renderStrength({}, () =>
      Promise.resolve(WEAK),
    );
    const inputs = { email: 'awa@example.sn', fullname: 'Awa Diop' };
    for (const password of ['a', 'aw', 'awa']) {
      rerender(
        <PasswordStrength
          id="strength"
          password={password}
          userInputs={inputs}
        />,
      );
    }
    expect(requests).toEqual([]);
    await pause();

    expect(requests).toEqual([
      {
        op: 'post',
        path: '/@tremplin-password-check',
        data: {
          password: 'awa',
          email: 'awa@example.sn',
          fullname: 'Awa Diop',
        },
      },
    ]);
  });

  it('says how strong the password is and why it is refused', async () => {
    const { container } = renderStrength({ password: 'sahel2026' }, () =>
      Promise.resolve(WEAK),
    );
    await pause();

    const region = container.querySelector('#strength');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent(
      'Password strength: weak. This password is not accepted yet:',
    );
    expect(
      screen.getAllByRole('listitem').map((item) => item.textContent),
    ).toEqual([
      'Use at least 12 characters.',
      'This password is too common.',
      'Add another word or two.',
    ]);
    expect(container.querySelector('.password-strength-bar')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
  });

  it('keeps the answer of the last password only', async () => {
    let resolveFirst;
    const answers = [
      new Promise((resolve) => {
        resolveFirst = resolve;
      }),
      Promise.resolve(STRONG),
    ];
    const { rerender } = renderStrength({ password: 'short' }, () =>
      answers.shift(),
    );
    await pause();
    rerender(
      <PasswordStrength id="strength" password="mangues-sahel-tambour-2026" />,
    );
    await pause();
    await act(async () => resolveFirst(WEAK));

    expect(screen.getByText(/Password strength: strong/)).toBeVisible();
    expect(screen.queryByText(/not accepted/)).toBeNull();
  });

  it('says nothing for an empty password or when the check fails', async () => {
    const { container, requests, rerender } = renderStrength(
      { password: '' },
      () => Promise.reject({ status: 500 }),
    );
    await pause();
    expect(requests).toEqual([]);

    rerender(<PasswordStrength id="strength" password="something" />);
    await pause();
    expect(container.querySelector('#strength')).toBeEmptyDOMElement();
  });
});
