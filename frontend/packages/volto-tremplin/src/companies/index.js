import CompanyView from './components/CompanyView';

/** The Company content type (backend: oif.tremplin.companies) gets its page. */
export default function installCompanies(config) {
  config.views = {
    ...config.views,
    contentTypesViews: {
      ...config.views.contentTypesViews,
      Company: CompanyView,
    },
  };
  return config;
}
