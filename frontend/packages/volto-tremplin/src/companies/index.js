import loadable from '@loadable/component';

// On demand (issue 12): only the company's own page and edit form need them.
export const CompanyView = loadable(() => import('./components/CompanyView'));
export const ProductsWidget = loadable(
  () => import('./components/ProductsWidget'),
);
export const MissionsWidget = loadable(
  () => import('./components/MissionsWidget'),
);

/**
 * The Company content type (backend: oif.tremplin.companies) gets its page,
 * and its row fields the widgets that @types/Company asks for
 * (widgetOptions.frontendOptions.widget).
 */
export default function installCompanies(config) {
  config.views = {
    ...config.views,
    contentTypesViews: {
      ...config.views.contentTypesViews,
      Company: CompanyView,
    },
  };
  config.widgets = {
    ...config.widgets,
    widget: {
      ...config.widgets.widget,
      company_products: ProductsWidget,
      company_missions: MissionsWidget,
    },
  };
  return config;
}
