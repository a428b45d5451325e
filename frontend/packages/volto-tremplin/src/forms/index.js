import FormTabsKeyboard from './components/FormTabsKeyboard';

/** The routes of Volto's content forms, which have fieldset tabs. */
export const FORM_ROUTES = ['/edit', '/**/edit', '/add', '/**/add'];

/** Volto's stock content forms, made usable with the keyboard. */
export default function installForms(config) {
  config.settings = {
    ...config.settings,
    appExtras: [
      ...(config.settings.appExtras || []),
      { match: FORM_ROUTES, component: FormTabsKeyboard },
    ],
  };
  return config;
}
