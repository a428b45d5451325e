import { useRef } from 'react';
import { act, render, screen } from '@testing-library/react';
import { useFocusAfterTitle } from './focus';

function Page({ step }) {
  const heading = useRef(null);
  useFocusAfterTitle(heading, step);
  return (
    <h1 tabIndex={-1} ref={heading}>
      Check your mailbox
    </h1>
  );
}

describe('useFocusAfterTitle', () => {
  beforeEach(() => {
    document.head.innerHTML = '<title>Create an account</title>';
  });

  it('focuses the heading, and again after a blur on a title change', async () => {
    // What Volto's RouteAnnouncer does, created before the page.
    const announcer = new MutationObserver(() => document.activeElement.blur());
    announcer.observe(document.querySelector('title'), { childList: true });
    jest.useFakeTimers();
    render(<Page step="sent" />);
    const heading = screen.getByRole('heading');
    expect(heading).toHaveFocus();

    document.querySelector('title').textContent = 'Check your mailbox';
    await act(async () => {
      await Promise.resolve(); // the observers' microtask
    });
    expect(heading).not.toHaveFocus();
    act(() => {
      jest.runAllTimers();
    });
    expect(heading).toHaveFocus();
    announcer.disconnect();
    jest.useRealTimers();
  });

  it('does nothing without a key', () => {
    render(<Page step={null} />);
    expect(screen.getByRole('heading')).not.toHaveFocus();
  });
});
