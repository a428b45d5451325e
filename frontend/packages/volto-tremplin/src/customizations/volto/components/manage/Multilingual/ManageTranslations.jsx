// Shadowed to leave Volto's ManageTranslations screen out of the script every page
// loads (issue 12): Volto's routes.js imports it statically, so it is
// loaded on demand here, when its own route is opened.
import loadable from '@loadable/component';

export default loadable(
  () =>
    import(
      /* webpackChunkName: "volto-ManageTranslations" */ '@plone/volto-original/components/manage/Multilingual/ManageTranslations'
    ),
);
