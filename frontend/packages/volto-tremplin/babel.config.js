// Used only by `make i18n` (@plone/scripts' i18n extracts the add-on's
// messages with babel-plugin-react-intl). Builds and tests use Volto core's
// babel configuration.
module.exports = function (api) {
  api.cache(true);
  return {
    presets: ['babel-preset-razzle'],
    plugins: [['react-intl', { messagesDir: './build/messages/' }]],
  };
};
