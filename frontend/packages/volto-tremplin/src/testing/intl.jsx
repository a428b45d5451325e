/**
 * Test helpers: render a component the way Volto does (redux store with the
 * intl state, router), in a language whose messages come from Volto's and
 * our .po files.
 */
import fs from 'fs';
import path from 'path';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import configureStore from 'redux-mock-store';

const LOCALES_DIR = path.join(__dirname, '..', '..', 'locales');
const VOLTO_LOCALES_DIR = path.join(
  path.dirname(require.resolve('@plone/volto/package.json')),
  'locales',
);

function unquote(text) {
  return JSON.parse(text);
}

function readMessages(localesDir, language) {
  const po = fs.readFileSync(
    path.join(localesDir, language, 'LC_MESSAGES', 'volto.po'),
    'utf8',
  );
  const messages = {};
  for (const [, id, text] of po.matchAll(
    /^msgid ("(?:[^"\\]|\\.)*")\nmsgstr ("(?:[^"\\]|\\.)*")$/gm,
  )) {
    // Empty translations are left out so react-intl falls back to defaults.
    if (unquote(id) && unquote(text)) {
      messages[unquote(id)] = unquote(text);
    }
  }
  return messages;
}

/** msgid → msgstr of our .po file for `language`. */
export function messagesOf(language) {
  return readMessages(LOCALES_DIR, language);
}

/** Message ids listed in our .pot template. */
export function templateIds() {
  const pot = fs.readFileSync(path.join(LOCALES_DIR, 'volto.pot'), 'utf8');
  return [...pot.matchAll(/^msgid ("(?:[^"\\]|\\.)*")$/gm)]
    .map(([, id]) => unquote(id))
    .filter(Boolean);
}

/**
 * Renders `ui` in `language` with the given extra redux state; `middlewares`
 * of the mock store (see fakeApi) answer the actions that make requests.
 */
export function renderInLanguage(
  ui,
  { language = 'en', state = {}, path: url = '/', middlewares = [] } = {},
) {
  const store = configureStore(middlewares)({
    userSession: { token: null },
    content: { data: {} },
    navroot: { data: {} },
    ...state,
    // Volto's messages, then ours on top: what the build merges.
    intl: {
      locale: language,
      messages: {
        ...readMessages(VOLTO_LOCALES_DIR, language),
        ...messagesOf(language),
      },
    },
  });
  const Wrapper = ({ children }) => (
    <Provider store={store}>
      <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
    </Provider>
  );
  return { store, ...render(ui, { wrapper: Wrapper }) };
}

/**
 * A redux middleware standing in for Volto's API middleware: an action with
 * a `request` gets `answer(action)`, whose promise dispatch() returns (reject
 * with {status, response: {body, headers}} like a failed request).
 */
export const fakeApi = (answer) => () => (next) => (action) =>
  action.request ? (next(action), answer(action)) : next(action);
