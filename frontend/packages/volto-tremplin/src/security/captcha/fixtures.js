/**
 * Test helpers for forms with a Captcha. In the test file:
 *
 *   jest.mock('<path>/security/captcha/loadAltcha', () => jest.fn());
 *   beforeEach(() => installFakeAltcha(loadAltcha));
 *
 * then `fakeWidget(container).emit('verified', 'payload')` plays the
 * widget (inside act()).
 */

/** A stand-in for the ALTCHA custom element: no proof of work. */
export class FakeAltchaWidget extends HTMLElement {
  constructor() {
    super();
    this.verify = jest.fn();
    this.reset = jest.fn();
  }

  /** Plays the widget reaching `state` (with the payload once verified). */
  emit(state, payload = null) {
    this.dispatchEvent(
      new CustomEvent('statechange', { detail: { state, payload } }),
    );
  }
}

/** The widget's i18n registry, as the real module leaves it in globalThis. */
export function fakeAltchaRegistry() {
  const strings = { en: { label: "I'm not a robot", footer: 'ALTCHA' } };
  return {
    i18n: {
      get: (language) => strings[language],
      set: (language, value) => {
        strings[language] = value;
      },
    },
    strings,
  };
}

/** Defines the fake element and makes the mocked loader resolve. */
export function installFakeAltcha(loadAltcha) {
  if (!customElements.get('altcha-widget')) {
    customElements.define('altcha-widget', FakeAltchaWidget);
  }
  const registry = fakeAltchaRegistry();
  loadAltcha.mockResolvedValue(registry);
  return registry;
}

/** The (fake) widget rendered in `container`. */
export const fakeWidget = (container) =>
  container.querySelector('altcha-widget');
