// Shadowed to leave Volto's Sharing screen out of the script every page
// loads (issue 12): Volto's routes.js imports it statically, so it is
// loaded on demand here, when its own route is opened.
import loadable from '@loadable/component';

export default loadable(
  () =>
    import(
      /* webpackChunkName: "volto-Sharing" */ '@plone/volto-original/components/manage/Sharing/Sharing'
    ),
);
