/**
 * What a failed request of Volto's API middleware says, for the password
 * pages. The backend answers in two shapes:
 *
 * - a raised 400 (core/errors.field_errors): `{type: "BadRequest", message:
 *   "[{\"field\": …, \"message\": …}]"}`, the list as JSON text;
 * - a returned error (plone.restapi services, 401/403/429 that must commit):
 *   `{error: {type, message}, …}`.
 */

/** The HTTP status of a failed request (superagent error), or 0. */
export const statusOf = (error) =>
  error?.status || error?.response?.status || 0;

/** The JSON body of a failed request, or {}. */
export const bodyOf = (error) => {
  const body = error?.response?.body;
  return body && typeof body === 'object' ? body : {};
};

/**
 * {field: message} from a failed request; errors that name no field go
 * under ''. `type` is the error type when there is one (e.g. "Wrong
 * password"), for the callers that tell errors apart by it.
 */
export function fieldErrorsOf(error) {
  const body = bodyOf(error);
  let items = null;
  try {
    const parsed = JSON.parse(body.message);
    items = Array.isArray(parsed) ? parsed : null;
  } catch {
    items = null;
  }
  if (items) {
    return {
      errors: Object.fromEntries(
        items.map((item) => [item.field || '', item.message || '']),
      ),
      type: body.type || null,
    };
  }
  const nested = body.error && typeof body.error === 'object' ? body.error : {};
  const message = nested.message || body.message || '';
  return {
    errors: message ? { '': message } : {},
    type: nested.type || body.type || null,
  };
}
