/**
 * Pure rules of the review list: what a moderator may do in each state,
 * how check results and documents are shown, how the server's field errors
 * are read.
 */
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';

/** Check statuses, the most serious first. */
export const CHECK_STATUSES = ['failed', 'warning', 'passed'];

/** Moderator actions (POST @tremplin-review) possible in each review state. */
const ACTIONS_BY_STATE = {
  submitted: ['start_review'],
  appealed: ['start_review'],
  in_review: ['verify', 'reject', 'request_documents'],
};

/** Actions the backend refuses without a message to the applicant. */
const ACTIONS_WITH_MESSAGE = ['reject', 'request_documents'];

export function actionsFor(reviewState) {
  return ACTIONS_BY_STATE[reviewState] ?? [];
}

export function needsMessage(action) {
  return ACTIONS_WITH_MESSAGE.includes(action);
}

/** Counts per status, zero when the server left one out. */
export function checkCounts(summary = {}) {
  return Object.fromEntries(
    CHECK_STATUSES.map((status) => [status, Number(summary?.[status]) || 0]),
  );
}

/** The most serious status among the counts, or null when there is none. */
export function worstStatus(summary) {
  const counts = checkCounts(summary);
  return CHECK_STATUSES.find((status) => counts[status] > 0) ?? null;
}

/** A known status, or 'warning' for anything the list does not know. */
export function normalizeStatus(status) {
  return CHECK_STATUSES.includes(status) ? status : 'warning';
}

/** Checks with the failed ones first, keeping the server's order otherwise. */
export function sortChecks(items = []) {
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        CHECK_STATUSES.indexOf(normalizeStatus(a.item.status)) -
          CHECK_STATUSES.indexOf(normalizeStatus(b.item.status)) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}

/** How a document can be shown inline: 'image', 'pdf' or null (link only). */
export function previewKind(contentType = '') {
  const type = (contentType || '').split(';')[0].trim().toLowerCase();
  if (['image/jpeg', 'image/png'].includes(type)) {
    return 'image';
  }
  return type === 'application/pdf' ? 'pdf' : null;
}

/**
 * The address that shows a document in the page: Plone's @@display-file
 * (inline) instead of @@download (attachment), through Volto's file proxy,
 * which passes the moderator's token on.
 */
export function inlineUrl(download = '') {
  return flattenToAppURL(download).replace('/@@download/', '/@@display-file/');
}

/**
 * {field: message} from a failed request: the backend's 400 carries a JSON
 * list of {field, message} in `message` (core/errors.py); anything else is
 * reported under the empty field name.
 */
export function fieldErrorsFrom(error) {
  const body = error?.response?.body ?? {};
  const text = body.message ?? body.error?.message;
  try {
    const items = JSON.parse(text);
    if (Array.isArray(items)) {
      return Object.fromEntries(
        items.map(({ field, message }) => [field || '', message]),
      );
    }
  } catch (parseError) {
    // Not a field list: fall through to the plain message.
  }
  return { '': typeof text === 'string' && text ? text : null };
}
