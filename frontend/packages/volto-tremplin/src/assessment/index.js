import loadable from '@loadable/component';
import { ASSESSMENT_PAGES } from './constants';

// On demand: only the company's representative ever opens them.
const AssessmentPage = loadable(() => import('./components/AssessmentPage'));
const AssessmentWizard = loadable(
  () => import('./components/AssessmentWizard'),
);
const AssessmentReport = loadable(
  () => import('./components/AssessmentReport'),
);

export const ASSESSMENT_ROUTES = [
  { path: '/**/assessment', component: AssessmentPage },
  { path: '/**/assessment/take', component: AssessmentWizard },
  { path: '/**/assessment/report', component: AssessmentReport },
  { path: '/**/assessment/report/:id', component: AssessmentReport },
].map((route) => ({ ...route, exact: true }));

/**
 * The maturity self-assessment of a company (spec §4.1.2): its home page,
 * the step-by-step questionnaire and the report, under the company's
 * address (the company's page links to it for its representative).
 * Backend: @tremplin-assessment*, oif.tremplin.assessment.
 */
export default function installAssessment(config) {
  config.addonRoutes = [...(config.addonRoutes || []), ...ASSESSMENT_ROUTES];
  config.settings = {
    ...config.settings,
    nonContentRoutes: [...config.settings.nonContentRoutes, ASSESSMENT_PAGES],
  };
  return config;
}
