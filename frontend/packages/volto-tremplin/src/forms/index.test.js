import { render } from '@testing-library/react';
import installForms, { FORM_ROUTES } from './index';
import FormTabsKeyboard from './components/FormTabsKeyboard';

describe('installForms', () => {
  it('adds the tab keyboard access to the content form routes', () => {
    const config = installForms({ settings: { appExtras: [{ match: '/x' }] } });

    expect(config.settings.appExtras).toEqual([
      { match: '/x' },
      { match: FORM_ROUTES, component: FormTabsKeyboard },
    ]);
    expect(FORM_ROUTES).toEqual(
      expect.arrayContaining(['/**/edit', '/**/add']),
    );
  });
});

describe('FormTabsKeyboard', () => {
  it('marks the tabs of a form that shows up after it, until unmounted', async () => {
    const { unmount } = render(<FormTabsKeyboard />);

    document.body.insertAdjacentHTML(
      'beforeend',
      '<div class="formtabs menu"><a class="active item">Général</a></div>',
    );
    const tab = document.querySelector('.formtabs .item');
    await Promise.resolve(); // MutationObserver callbacks are microtasks.
    expect(tab).toHaveAttribute('tabindex', '0');

    const onClick = jest.fn();
    tab.addEventListener('click', onClick);
    tab.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    );
    expect(onClick).toHaveBeenCalledTimes(1);

    unmount();
    tab.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    );
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
