import ExpertView from './components/ExpertView';

/** The Expert content type (backend: oif.tremplin.experts) gets its page. */
export default function installExperts(config) {
  config.views = {
    ...config.views,
    contentTypesViews: {
      ...config.views.contentTypesViews,
      Expert: ExpertView,
    },
  };
  return config;
}
