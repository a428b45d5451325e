import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderInLanguage } from '../../../testing/intl';
import RecoveryCodes from './RecoveryCodes';

const CODES = ['abcd-efgh', 'ijkl-mnop', 'qrst-uvwx'];

function renderCodes() {
  const onDone = jest.fn();
  const view = renderInLanguage(
    <RecoveryCodes codes={CODES} account="Fatou DIALLO" onDone={onDone} />,
  );
  return { ...view, onDone };
}

describe('RecoveryCodes', () => {
  it('lists the codes once, the heading taking the focus', () => {
    renderCodes();

    const list = screen.getByRole('list', { name: 'Your recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(CODES);
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Save your recovery codes' }),
    );
  });

  it('does not go on before she says they are saved', () => {
    const { onDone } = renderCodes();

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const box = screen.getByRole('checkbox', {
      name: 'I have saved my recovery codes',
    });
    expect(onDone).not.toHaveBeenCalled();
    expect(box).toHaveAccessibleDescription(/Tick the box once the codes/);
    expect(document.activeElement).toBe(box);

    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onDone).toHaveBeenCalled();
  });

  it('offers them as a text file', async () => {
    const saved = [];
    global.URL.createObjectURL = jest.fn((blob) => {
      saved.push(blob);
      return 'blob:codes';
    });
    global.URL.revokeObjectURL = jest.fn();
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    renderCodes();

    fireEvent.click(
      screen.getByRole('button', { name: 'Download the codes (text file)' }),
    );

    expect(click).toHaveBeenCalled();
    // jsdom's Blob has no text(): read it as a browser would.
    const text = await act(
      () =>
        new Promise((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result);
          reader.readAsText(saved[0]);
        }),
    );
    expect(text).toContain('Fatou DIALLO');
    expect(text).toContain(CODES.join('\n'));
    click.mockRestore();
  });
});
