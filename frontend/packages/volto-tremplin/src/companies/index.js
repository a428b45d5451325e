import CompanyView from './components/CompanyView';
import MissionsWidget from './components/MissionsWidget';
import ProductsWidget from './components/ProductsWidget';

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
