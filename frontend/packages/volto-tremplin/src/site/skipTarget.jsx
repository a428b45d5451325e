/**
 * Volto's first skip link ("Aller au contenu principal") points at #view,
 * which only Volto's content View renders. Our own route pages (login,
 * registration, member screens) are not content views: each is rendered
 * inside this target instead, so the link and its keyboard focus land on
 * the page's content.
 */
export function withSkipTarget(Page) {
  const RoutePage = (props) => (
    <div id="view" tabIndex={-1}>
      <Page {...props} />
    </div>
  );
  RoutePage.displayName = `withSkipTarget(${
    Page.displayName || Page.name || 'Page'
  })`;
  return RoutePage;
}

/**
 * `routes` with the skip target around the pages of the routes that are
 * not in `before` (the routes added since), the others unchanged.
 */
export function withSkipTargets(routes, before) {
  const existing = new Set(before);
  return routes.map((route) =>
    existing.has(route) || !route.component
      ? route
      : { ...route, component: withSkipTarget(route.component) },
  );
}
