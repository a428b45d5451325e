import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import {
  GET_ASSESSMENT,
  GET_ASSESSMENT_DRAFT,
  GET_ASSESSMENT_REPORT,
  SAVE_ASSESSMENT_DRAFT,
  SUBMIT_ASSESSMENT,
} from './constants';

const on = (company, service) =>
  `${flattenToAppURL(company).replace(/\/$/, '')}/${service}`;

/** The company's assessments in short (GET @tremplin-assessment). */
export function getAssessment(company) {
  return {
    type: GET_ASSESSMENT,
    request: { op: 'get', path: on(company, '@tremplin-assessment') },
  };
}

export function getAssessmentDraft(company, language) {
  return {
    type: GET_ASSESSMENT_DRAFT,
    request: {
      op: 'get',
      path: on(company, `@tremplin-assessment-draft?lang=${language}`),
    },
  };
}

/** {revision, questionnaire_version, current_step, answers} */
export function saveAssessmentDraft(company, language, data) {
  return {
    type: SAVE_ASSESSMENT_DRAFT,
    request: {
      op: 'patch',
      path: on(company, `@tremplin-assessment-draft?lang=${language}`),
      data,
    },
  };
}

/** {revision, questionnaire_version} */
export function submitAssessment(company, language, data) {
  return {
    type: SUBMIT_ASSESSMENT,
    request: {
      op: 'post',
      path: on(company, `@tremplin-assessment-submissions?lang=${language}`),
      data,
    },
  };
}

/** The report of submission `number`, the latest without one. */
export function getAssessmentReport(company, language, number) {
  const service = number
    ? `@tremplin-assessment-report/${number}`
    : '@tremplin-assessment-report';
  return {
    type: GET_ASSESSMENT_REPORT,
    request: { op: 'get', path: on(company, `${service}?lang=${language}`) },
  };
}
