import VerificationDocumentView from './components/VerificationDocumentView';

/**
 * The private documents of a company's verification file (backend:
 * oif.tremplin.verification) get their page.
 */
export default function installVerification(config) {
  config.views = {
    ...config.views,
    contentTypesViews: {
      ...config.views.contentTypesViews,
      VerificationDocument: VerificationDocumentView,
    },
  };
  return config;
}
