import loadable from '@loadable/component';

// On demand (issue 12): only its own pages need it.
export const ExpertView = loadable(() => import('./components/ExpertView'));

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
