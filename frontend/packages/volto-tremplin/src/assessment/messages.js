import { defineMessages } from 'react-intl';

export default defineMessages({
  pageTitle: {
    id: 'assessment.pageTitle',
    defaultMessage: 'International maturity self-assessment',
  },
  intro: {
    id: 'assessment.intro',
    defaultMessage:
      'Answer about thirty-five questions on ten dimensions of your readiness to export. You get your level, your strengths and your priorities, and can measure your progress over time. Only you see your answers.',
  },
  currentLevel: {
    id: 'assessment.currentLevel',
    defaultMessage: 'Current level: {level} ({score}/100), assessed on {date}.',
  },
  viewReport: {
    id: 'assessment.viewReport',
    defaultMessage: 'See the report',
  },
  start: {
    id: 'assessment.start',
    defaultMessage: 'Start the self-assessment',
  },
  resume: {
    id: 'assessment.resume',
    defaultMessage: 'Resume the self-assessment',
  },
  retake: {
    id: 'assessment.retake',
    defaultMessage: 'Take it again',
  },
  draftWaiting: {
    id: 'assessment.draftWaiting',
    defaultMessage:
      'An assessment is in progress: {count, plural, one {# answer} other {# answers}} saved on {date}.',
  },
  savedForLater: {
    id: 'assessment.savedForLater',
    defaultMessage: 'Your answers are saved. Resume whenever you like.',
  },
  history: {
    id: 'assessment.history',
    defaultMessage: 'Your assessments',
  },
  colDate: {
    id: 'assessment.colDate',
    defaultMessage: 'Date',
  },
  colScore: {
    id: 'assessment.colScore',
    defaultMessage: 'Score out of 100',
  },
  colLevel: {
    id: 'assessment.colLevel',
    defaultMessage: 'Level',
  },
  colVersion: {
    id: 'assessment.colVersion',
    defaultMessage: 'Questionnaire version',
  },
  colReport: {
    id: 'assessment.colReport',
    defaultMessage: 'Report',
  },
  reportOf: {
    id: 'assessment.reportOf',
    defaultMessage: 'Report of {date}',
  },
  noAssessment: {
    id: 'assessment.noAssessment',
    defaultMessage: 'You have not assessed your company yet.',
  },
  refused: {
    id: 'assessment.refused',
    defaultMessage:
      'Only the representative of this company can see its self-assessment.',
  },
  loadError: {
    id: 'assessment.loadError',
    defaultMessage:
      'The self-assessment could not be loaded. Try again in a moment.',
  },
  loading: {
    id: 'assessment.loading',
    defaultMessage: 'Loading…',
  },
  backToCompany: {
    id: 'assessment.backToCompany',
    defaultMessage: 'Back to {title}',
  },
  levelBeginner: {
    id: 'assessment.levelBeginner',
    defaultMessage: 'Beginner',
  },
  levelPreparing: {
    id: 'assessment.levelPreparing',
    defaultMessage: 'Preparing',
  },
  levelReady: {
    id: 'assessment.levelReady',
    defaultMessage: 'Ready',
  },
  levelConfirmed: {
    id: 'assessment.levelConfirmed',
    defaultMessage: 'Confirmed',
  },
  stepOf: {
    id: 'assessment.stepOf',
    defaultMessage: 'Step {number} of {count}: {title}',
  },
  progress: {
    id: 'assessment.progress',
    defaultMessage: 'Progress of the self-assessment',
  },
  reviewTitle: {
    id: 'assessment.reviewTitle',
    defaultMessage: 'Review and submit',
  },
  previous: {
    id: 'assessment.previous',
    defaultMessage: 'Previous step',
  },
  next: {
    id: 'assessment.next',
    defaultMessage: 'Save and continue',
  },
  saveLater: {
    id: 'assessment.saveLater',
    defaultMessage: 'Save and resume later',
  },
  requiredAnswer: {
    id: 'assessment.requiredAnswer',
    defaultMessage: 'answer required',
  },
  severalAnswers: {
    id: 'assessment.severalAnswers',
    defaultMessage: 'Several answers possible.',
  },
  reviewIntro: {
    id: 'assessment.reviewIntro',
    defaultMessage:
      'Check your answers before submitting them. You can go back to any step.',
  },
  answeredCount: {
    id: 'assessment.answeredCount',
    defaultMessage: '{answered} of {total} questions answered',
  },
  editStep: {
    id: 'assessment.editStep',
    defaultMessage: 'Change the answers of {title}',
  },
  missingTitle: {
    id: 'assessment.missingTitle',
    defaultMessage: 'Questions still to answer',
  },
  submit: {
    id: 'assessment.submit',
    defaultMessage: 'Submit my answers',
  },
  saving: {
    id: 'assessment.saving',
    defaultMessage: 'Saving…',
  },
  errorsTitle: {
    id: 'assessment.errorsTitle',
    defaultMessage: 'Some answers need your attention:',
  },
  carriedOver: {
    id: 'assessment.carriedOver',
    defaultMessage:
      'The questionnaire changed since you began. Answer these questions again: {questions}.',
  },
  notSaved: {
    id: 'assessment.notSaved',
    defaultMessage:
      'Your answers could not be saved. Check your connection and try again.',
  },
  reportTitle: {
    id: 'assessment.reportTitle',
    defaultMessage: 'Self-assessment report',
  },
  submittedOn: {
    id: 'assessment.submittedOn',
    defaultMessage: 'Assessment of {date}, questionnaire version {version}',
  },
  overall: {
    id: 'assessment.overall',
    defaultMessage: 'Overall score: {score}/100',
  },
  levelIs: {
    id: 'assessment.levelIs',
    defaultMessage: 'Level: {level}',
  },
  nextLevel: {
    id: 'assessment.nextLevel',
    defaultMessage: 'Next level: {level}, from {min}/100.',
  },
  topLevel: {
    id: 'assessment.topLevel',
    defaultMessage: 'You have reached the highest level.',
  },
  dimensionsTitle: {
    id: 'assessment.dimensionsTitle',
    defaultMessage: 'Score by dimension',
  },
  chartLabel: {
    id: 'assessment.chartLabel',
    defaultMessage:
      'Score by dimension, out of 100. The table below gives the same figures.',
  },
  colDimension: {
    id: 'assessment.colDimension',
    defaultMessage: 'Dimension',
  },
  notAssessed: {
    id: 'assessment.notAssessed',
    defaultMessage: 'not assessed',
  },
  strengths: {
    id: 'assessment.strengths',
    defaultMessage: 'Your strengths',
  },
  priorities: {
    id: 'assessment.priorities',
    defaultMessage: 'Your priorities',
  },
  noStrengths: {
    id: 'assessment.noStrengths',
    defaultMessage: 'No dimension has reached the level « ready » yet.',
  },
  noPriorities: {
    id: 'assessment.noPriorities',
    defaultMessage: 'Every dimension has reached the level « ready ».',
  },
  evolutionTitle: {
    id: 'assessment.evolutionTitle',
    defaultMessage: 'Your progress',
  },
  evolutionCaption: {
    id: 'assessment.evolutionCaption',
    defaultMessage: 'Score by dimension at each assessment',
  },
  overallRow: {
    id: 'assessment.overallRow',
    defaultMessage: 'Overall score',
  },
  reportNotFound: {
    id: 'assessment.reportNotFound',
    defaultMessage: 'This report does not exist.',
  },
  backToAssessment: {
    id: 'assessment.backToAssessment',
    defaultMessage: 'Back to the self-assessment',
  },
  companyLink: {
    id: 'assessment.companyLink',
    defaultMessage: 'My self-assessment',
  },
  recommendationsTitle: {
    id: 'assessment.recommendationsTitle',
    defaultMessage: 'What to do next',
  },
  recommendationDimension: {
    id: 'assessment.recommendationDimension',
    defaultMessage: 'Dimension: {title}',
  },
  noResources: {
    id: 'assessment.noResources',
    defaultMessage: 'No resource on this subject yet.',
  },
  moreResources: {
    id: 'assessment.moreResources',
    defaultMessage: 'Find more: {title}',
  },
  noRecommendations: {
    id: 'assessment.noRecommendations',
    defaultMessage:
      'No advice for now: every dimension is above the thresholds the OIF team set.',
  },
  downloadPdf: {
    id: 'assessment.downloadPdf',
    defaultMessage: 'Download the report (PDF)',
  },
  pdfError: {
    id: 'assessment.pdfError',
    defaultMessage: 'The PDF could not be downloaded. Try again in a moment.',
  },
});
