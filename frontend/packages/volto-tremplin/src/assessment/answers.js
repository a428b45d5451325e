import { ASSESSMENT_PAGES } from './constants';

/** The company's address from the address of one of its assessment pages. */
export const companyPathOf = (pathname) =>
  pathname.replace(ASSESSMENT_PAGES, '') || '/';

export const isAnswered = (answer) =>
  !(
    answer === undefined ||
    answer === null ||
    answer === '' ||
    (Array.isArray(answer) && answer.length === 0)
  );

/** The required questions still without an answer: [{dimension, question}]. */
export function missingRequired(questionnaire, answers) {
  return questionnaire.dimensions.flatMap((dimension) =>
    dimension.questions
      .filter(
        (question) => question.required && !isAnswered(answers[question.id]),
      )
      .map((question) => ({ dimension, question })),
  );
}

/** How many questions of `dimension` have an answer. */
export const answeredIn = (dimension, answers) =>
  dimension.questions.filter((question) => isAnswered(answers[question.id]))
    .length;

/**
 * The answer of a multiple-choice question once `optionId` is ticked or
 * unticked: an exclusive answer ("none of these") clears the others, and
 * any other answer clears the exclusive ones.
 */
export function toggled(question, current, optionId, checked) {
  const chosen = Array.isArray(current) ? current : [];
  if (!checked) {
    return chosen.filter((id) => id !== optionId);
  }
  const exclusive = new Set(
    question.options.filter((option) => option.exclusive).map((o) => o.id),
  );
  if (exclusive.has(optionId)) {
    return [optionId];
  }
  return [...chosen.filter((id) => !exclusive.has(id)), optionId];
}

/** The answers of one step as the draft service takes them (null clears). */
export const stepAnswers = (dimension, answers) =>
  Object.fromEntries(
    dimension.questions.map((question) => [
      question.id,
      isAnswered(answers[question.id]) ? answers[question.id] : null,
    ]),
  );

/** Server errors `{"answers.<id>": message}` by question id, and the rest. */
export function errorsByQuestion(errors) {
  const questions = {};
  const others = {};
  Object.entries(errors || {}).forEach(([field, message]) => {
    if (field.startsWith('answers.')) {
      questions[field.slice('answers.'.length)] = message;
    } else {
      others[field] = message;
    }
  });
  return { questions, others };
}
