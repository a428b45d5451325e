import loadable from '@loadable/component';
import { verificationDossier } from './reducers';

// On demand (issue 12): only its own pages need it.
export const VerificationDocumentView = loadable(
  () => import('./components/VerificationDocumentView'),
);

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
  // The applicant's verification file on her profile (VerificationPanel).
  config.addonReducers = { ...config.addonReducers, verificationDossier };
  return config;
}
