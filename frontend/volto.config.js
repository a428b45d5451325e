// Read by @plone/registry through VOLTOCONFIG (see Makefile): the add-ons
// Volto core loads when it builds and tests from core/packages/volto.
const addons = ['volto-tremplin'];
// Empty: we keep Volto's stock Pastanaga theme; our styles come from the
// add-on's own stylesheets (packages/volto-tremplin/src/identity/theme/).
const theme = '';

module.exports = {
  addons,
  theme,
};
