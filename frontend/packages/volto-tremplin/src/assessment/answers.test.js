import {
  answeredIn,
  companyPathOf,
  errorsByQuestion,
  missingRequired,
  stepAnswers,
  toggled,
} from './answers';

const MEANS = {
  id: 'strategy-means',
  type: 'multiple',
  required: true,
  options: [
    { id: 'budget' },
    { id: 'staff' },
    { id: 'nothing', exclusive: true },
  ],
};
const PLAN = {
  id: 'strategy-plan',
  type: 'single',
  required: true,
  options: [],
};
const HELP = {
  id: 'strategy-help',
  type: 'scale',
  required: false,
  options: [],
};
const QUESTIONNAIRE = {
  dimensions: [
    { id: 'strategy', title: 'Stratégie', questions: [PLAN, MEANS, HELP] },
  ],
};

describe('companyPathOf', () => {
  it('finds the company under each assessment page', () => {
    for (const page of [
      'assessment',
      'assessment/take',
      'assessment/report',
      'assessment/report/12',
    ]) {
      expect(companyPathOf(`/fr/entreprises/akwaba/${page}`)).toBe(
        '/fr/entreprises/akwaba',
      );
    }
    // Not an assessment page: unchanged.
    expect(companyPathOf('/fr/entreprises/assessment-conseil')).toBe(
      '/fr/entreprises/assessment-conseil',
    );
  });
});

describe('toggled', () => {
  it('adds and removes answers', () => {
    expect(toggled(MEANS, undefined, 'budget', true)).toEqual(['budget']);
    expect(toggled(MEANS, ['budget'], 'staff', true)).toEqual([
      'budget',
      'staff',
    ]);
    expect(toggled(MEANS, ['budget', 'staff'], 'budget', false)).toEqual([
      'staff',
    ]);
  });

  it('lets “none of these” clear the others, and the others clear it', () => {
    expect(toggled(MEANS, ['budget', 'staff'], 'nothing', true)).toEqual([
      'nothing',
    ]);
    expect(toggled(MEANS, ['nothing'], 'staff', true)).toEqual(['staff']);
  });
});

describe('the answers of a draft', () => {
  const answers = { 'strategy-plan': 'written', 'strategy-means': [] };

  it('lists the required questions still unanswered', () => {
    expect(
      missingRequired(QUESTIONNAIRE, answers).map(
        ({ question }) => question.id,
      ),
    ).toEqual(['strategy-means']);
    expect(answeredIn(QUESTIONNAIRE.dimensions[0], answers)).toBe(1);
  });

  it('sends every question of a step, null for the unanswered ones', () => {
    expect(stepAnswers(QUESTIONNAIRE.dimensions[0], answers)).toEqual({
      'strategy-plan': 'written',
      'strategy-means': null,
      'strategy-help': null,
    });
  });

  it('sorts server errors by question', () => {
    expect(
      errorsByQuestion({
        'answers.strategy-plan': 'Choisissez une réponse.',
        revision: 'Rechargez.',
      }),
    ).toEqual({
      questions: { 'strategy-plan': 'Choisissez une réponse.' },
      others: { revision: 'Rechargez.' },
    });
  });
});
