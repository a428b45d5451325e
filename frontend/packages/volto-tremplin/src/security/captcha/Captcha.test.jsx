import { act, fireEvent, screen } from '@testing-library/react';
import { renderInLanguage } from '../../testing/intl';
import Captcha from './Captcha';
import Honeypot from './Honeypot';
import { fakeWidget, installFakeAltcha } from './fixtures';
import loadAltcha from './loadAltcha';

jest.mock('./loadAltcha', () => jest.fn());

async function renderCaptcha(props = {}, language = 'en') {
  const registry = installFakeAltcha(loadAltcha);
  const onChange = jest.fn();
  const view = renderInLanguage(
    <Captcha id="test-captcha" onChange={onChange} {...props} />,
    { language },
  );
  await act(async () => {});
  const widget = fakeWidget(view.container);
  return { ...view, onChange, widget, registry };
}

describe('Captcha', () => {
  afterEach(() => loadAltcha.mockReset());

  it('loads the widget on the client and points it at the backend', async () => {
    const { widget } = await renderCaptcha();

    expect(loadAltcha).toHaveBeenCalledTimes(1);
    expect(widget).not.toBeNull();
    expect(widget.getAttribute('challenge')).toMatch(
      /\+\+api\+\+\/@tremplin-captcha$/,
    );
    expect(widget.getAttribute('auto')).toBe('onload');
    expect(widget.getAttribute('language')).toBe('en');
    expect(
      screen.getByRole('group', { name: 'Anti-spam check' }),
    ).toHaveAccessibleDescription(/Your browser solves a small calculation/);
  });

  it('gives the widget its texts in the interface language', async () => {
    const { registry } = await renderCaptcha({}, 'fr');

    expect(registry.strings.fr).toMatchObject({
      footer: 'ALTCHA', // the widget's own texts stay where we have none
    });
    expect(registry.strings.fr.label).toBeTruthy();
    expect(registry.strings.fr.label).not.toBe("I'm not a robot");
  });

  it('hands over the payload once solved, and null when it lapses', async () => {
    const { widget, onChange } = await renderCaptcha();

    act(() => widget.emit('verifying'));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(
      screen.getByText('Checking that you are not a robot…'),
    ).toBeVisible();

    act(() => widget.emit('verified', 'eyJwYXlsb2FkIjoxfQ=='));
    expect(onChange).toHaveBeenLastCalledWith('eyJwYXlsb2FkIjoxfQ==');
    expect(screen.getByText('Check done: you are not a robot.')).toBeVisible();

    act(() => widget.emit('expired'));
    expect(onChange).toHaveBeenLastCalledWith(null);
    // A new challenge is asked for at once.
    expect(widget.verify).toHaveBeenCalled();
  });

  it('says when the check failed, and shows the server error', async () => {
    const { widget } = await renderCaptcha({
      error: 'Please confirm that you are not a robot.',
    });

    act(() => widget.emit('error'));
    expect(screen.getByText(/The anti-spam check failed/)).toBeVisible();
    expect(screen.getByRole('group')).toHaveAccessibleDescription(
      /Please confirm that you are not a robot\./,
    );
  });

  it('starts again when the form asks for a new challenge', async () => {
    const { widget, onChange, rerender } = await renderCaptcha({
      resetKey: 1,
    });
    act(() => widget.emit('verified', 'first'));

    rerender(<Captcha id="test-captcha" onChange={onChange} resetKey={2} />);
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(widget.reset).toHaveBeenCalled();
    expect(widget.verify).toHaveBeenCalled();
  });

  it('says so when the widget cannot be loaded', async () => {
    loadAltcha.mockRejectedValue(new Error('offline'));
    const onStateChange = jest.fn();
    renderInLanguage(
      <Captcha
        id="test-captcha"
        onChange={() => {}}
        onStateChange={onStateChange}
      />,
    );
    await act(async () => {});

    expect(screen.getByText(/could not be loaded/)).toBeVisible();
    expect(onStateChange).toHaveBeenLastCalledWith('unavailable');
  });
});

describe('Honeypot', () => {
  it('is out of the tab order and hidden from assistive technologies', () => {
    const onChange = jest.fn();
    const { container } = renderInLanguage(
      <Honeypot id="test-website" value="" onChange={onChange} />,
    );
    const input = container.querySelector('input[name="website"]');

    expect(input).toHaveAttribute('tabindex', '-1');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();

    fireEvent.change(input, { target: { value: 'http://spam.example' } });
    expect(onChange).toHaveBeenCalledWith('http://spam.example');
  });
});
