import { markFormTabs, openFormTabFromKeyboard } from './formTabs';

/** The tab menu Semantic UI's Tab renders for Volto's Form. */
function renderFormTabs() {
  document.body.innerHTML = `
    <div class="ui attached pointing secondary tabular menu formtabs">
      <a class="active item">Général</a>
      <a class="item">Activité</a>
    </div>
    <div class="ui secondary menu"><a class="item">Not a form tab</a></div>`;
  return [...document.querySelectorAll('.formtabs .item')];
}

const keydown = (target, key) => {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    cancelable: true,
  });
  Object.defineProperty(event, 'target', { value: target });
  openFormTabFromKeyboard(event);
  return event;
};

describe('form tabs', () => {
  it('become focusable tabs, the open one selected', () => {
    const [general, activity] = renderFormTabs();

    markFormTabs(document.body);

    expect(document.querySelector('.formtabs')).toHaveAttribute(
      'role',
      'tablist',
    );
    for (const tab of [general, activity]) {
      expect(tab).toHaveAttribute('role', 'tab');
      expect(tab).toHaveAttribute('tabindex', '0');
    }
    expect(general).toHaveAttribute('aria-selected', 'true');
    expect(activity).toHaveAttribute('aria-selected', 'false');
    // Other menus are left alone.
    expect(
      document.querySelector('.secondary:not(.formtabs) .item'),
    ).not.toHaveAttribute('tabindex');
  });

  it('follow the open tab when marked again', () => {
    const [general, activity] = renderFormTabs();
    markFormTabs(document.body);

    general.classList.remove('active');
    activity.classList.add('active');
    markFormTabs(document.body);

    expect(general).toHaveAttribute('aria-selected', 'false');
    expect(activity).toHaveAttribute('aria-selected', 'true');
  });

  it.each(['Enter', ' '])('open with %p', (key) => {
    const [, activity] = renderFormTabs();
    const onClick = jest.fn();
    activity.addEventListener('click', onClick);

    const event = keydown(activity, key);

    expect(onClick).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leave other keys and other elements alone', () => {
    const [, activity] = renderFormTabs();
    const onClick = jest.fn();
    activity.addEventListener('click', onClick);
    document.body.addEventListener('click', onClick);

    keydown(activity, 'Tab');
    keydown(document.querySelector('.secondary:not(.formtabs) .item'), 'Enter');

    expect(onClick).not.toHaveBeenCalled();
  });
});
