/**
 * The applicant's view of her verification file, without React: the state
 * of her profile in words, which of the four documents are there, what she
 * may do now (the transitions @workflow offers her) and the moderator's
 * last message.
 */

/** The states of tremplin_profile_workflow, in the order of the journey. */
export const PROFILE_STATES = [
  'draft',
  'submitted',
  'in_review',
  'verified',
  'rejected',
  'appealed',
  'expired',
];

/** The documents the OIF needs (vocabulary document_kinds). */
export const DOCUMENT_KINDS = [
  'register_extract',
  'manager_id',
  'financial_statements',
  'proof_of_address',
];

/** Transitions the applicant fires herself; the others are the OIF's. */
export const APPLICANT_TRANSITIONS = ['submit', 'appeal'];

/** The state each decision with a message leaves the profile in. */
const DECISION_STATES = { rejected: 'reject', draft: 'request_documents' };

/** The token of a term ({token, title}) or the raw value. */
const tokenOf = (value) =>
  value && typeof value === 'object' ? value.token : value;

/**
 * One row per document kind, in DOCUMENT_KINDS order: {kind, documents},
 * `documents` being the VerificationDocuments of that kind (maybe none).
 */
export function documentChecklist(documents) {
  return DOCUMENT_KINDS.map((kind) => ({
    kind,
    documents: (documents || []).filter(
      (document) => tokenOf(document.document_kind) === kind,
    ),
  }));
}

/** True when every kind has at least one document. */
export function isFileComplete(documents) {
  return documentChecklist(documents).every((row) => row.documents.length);
}

/** The ids of the transitions @workflow offers ("…/@workflow/submit"). */
export function transitionIds(workflow) {
  return (workflow?.transitions || []).map((transition) =>
    transition['@id'].split('/').pop(),
  );
}

/** Whether the reader may fire `transition` now. */
export function canFire(workflow, transition) {
  return transitionIds(workflow).includes(transition);
}

/** The user id of a Volto JWT (its `sub`), or '' without a valid token. */
export function userIdOf(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload)).sub || '';
  } catch {
    return '';
  }
}

/**
 * Whether the reader is the applicant: the profile's creator (the backend
 * makes the registered member its creator and owner; `creators` come from
 * the content or the catalog), or someone the workflow lets submit or
 * appeal it.
 */
export function isApplicant(content, userId, workflow) {
  const isCreator =
    Boolean(userId) && (content?.creators || []).includes(userId);
  return (
    isCreator ||
    APPLICANT_TRANSITIONS.some((transition) => canFire(workflow, transition))
  );
}

/**
 * The moderator's message the applicant must read now: the profile's
 * `decision_message` (the backend shows it to the owner only; the review
 * history is the moderators') while the profile is where that decision left
 * it — rejected, or back in draft after a request for documents. Null
 * otherwise.
 */
export function moderatorMessage(content, reviewState) {
  const comment = String(content?.decision_message || '').trim();
  const action = DECISION_STATES[reviewState];
  return comment && action ? { action, comment } : null;
}

/**
 * When the profile was verified, as a Date at noon UTC (a date field
 * "2026-11-27" must not move to the day before west of Greenwich), or null.
 */
export function verifiedDate(content) {
  if (content?.review_state !== 'verified' || !content?.verified_on) {
    return null;
  }
  const date = new Date(
    `${String(content.verified_on).slice(0, 10)}T12:00:00Z`,
  );
  return Number.isNaN(date.getTime()) ? null : date;
}
