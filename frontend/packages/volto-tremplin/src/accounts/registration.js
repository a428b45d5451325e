/**
 * The registration wizard's rules, without React: its steps and their
 * fields, the checks made before leaving a step, the body POSTed to the
 * backend's @tremplin-registration, and where the backend's field errors go.
 *
 * Values are kept flat, under the names the backend uses in its 400 answers
 * (`email`, `company.title`, `consents.terms`), so that an error from the
 * server lands on the field and the step that show it.
 */

export const STEPS = ['account', 'kind', 'details', 'consents'];

export const PROFILE_KINDS = ['company', 'expert'];

/** At least as strict as the backend; it has the last word. */
export const PASSWORD_MIN_LENGTH = 12;

/** The vocabulary (`oif.tremplin.vocabularies.*`) of each choice field. */
export const VOCABULARIES = {
  'company.country': 'oif.tremplin.vocabularies.countries',
  'company.sectors': 'oif.tremplin.vocabularies.sectors',
  'company.size_band': 'oif.tremplin.vocabularies.company_sizes',
  'company.experience_level': 'oif.tremplin.vocabularies.experience_levels',
  'expert.expertise_areas': 'oif.tremplin.vocabularies.expertise_areas',
  'expert.countries': 'oif.tremplin.vocabularies.countries',
  'expert.languages': 'oif.tremplin.vocabularies.working_languages',
  'expert.availability': 'oif.tremplin.vocabularies.availabilities',
};

const DETAILS = {
  company: [
    'company.title',
    'company.country',
    'company.registration_number',
    'company.city',
    'company.sectors',
    'company.size_band',
    'company.experience_level',
  ],
  expert: [
    'expert.expertise_areas',
    'expert.countries',
    'expert.languages',
    'expert.bio',
    'expert.availability',
  ],
};

const LIST_FIELDS = [
  'company.sectors',
  'expert.expertise_areas',
  'expert.countries',
  'expert.languages',
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The values of a new registration, in the interface's language. */
export function initialValues(language = 'fr') {
  return {
    fullname: '',
    email: '',
    password: '',
    language: language === 'en' ? 'en' : 'fr',
    kind: '',
    ...Object.fromEntries(
      [...DETAILS.company, ...DETAILS.expert].map((name) => [
        name,
        LIST_FIELDS.includes(name) ? [] : '',
      ]),
    ),
    'consents.terms': false,
    'consents.privacy': false,
  };
}

/** The fields step `step` (an index of STEPS) shows for a profile `kind`. */
export function fieldsOfStep(step, kind) {
  switch (STEPS[step]) {
    case 'account':
      return ['fullname', 'email', 'password', 'language'];
    case 'kind':
      return ['kind'];
    case 'details':
      return DETAILS[kind] || [];
    case 'consents':
      return ['consents.terms', 'consents.privacy'];
    default:
      return [];
  }
}

function isEmpty(value) {
  if (Array.isArray(value)) {
    return value.length === 0;
  }
  if (typeof value === 'boolean') {
    return !value;
  }
  return String(value ?? '').trim() === '';
}

/**
 * The problems of step `step`: {field: problem}, problem being one of
 * `required`, `email`, `passwordLength` (keys of the feature's messages).
 * Empty when the visitor may go on.
 */
export function validateStep(step, values) {
  const problems = {};
  for (const field of fieldsOfStep(step, values.kind)) {
    const value = values[field];
    if (isEmpty(value)) {
      problems[field] = 'required';
    } else if (field === 'email' && !EMAIL.test(value.trim())) {
      problems[field] = 'email';
    } else if (field === 'password' && value.length < PASSWORD_MIN_LENGTH) {
      problems[field] = 'passwordLength';
    }
  }
  return problems;
}

/**
 * The step that shows the field the backend named: account fields, the
 * kind, the details of either kind, the consents. Anything else (a field the
 * wizard does not know) goes to the last step, next to the submit button.
 */
export function stepOfField(field) {
  const name = String(field || '');
  const step = STEPS.findIndex((unused, index) =>
    [...fieldsOfStep(index, 'company'), ...fieldsOfStep(index, 'expert')].some(
      (known) => known === name || name.startsWith(`${known}.`),
    ),
  );
  if (step >= 0) {
    return step;
  }
  if (name.startsWith('company.') || name.startsWith('expert.')) {
    return STEPS.indexOf('details');
  }
  return STEPS.length - 1;
}

/**
 * Where the backend's field errors ({name: message}) show: `errors` keyed by
 * the wizard's fields (an error on `company.sectors.0` goes to
 * `company.sectors`; one on a field the wizard does not show goes under
 * ''), the first `step` that has one, and the first `field` to focus there
 * (null when only the general message has errors).
 */
export function placeErrors(found, kind) {
  const known = STEPS.flatMap((unused, index) => fieldsOfStep(index, kind));
  const errors = {};
  for (const [name, message] of Object.entries(found)) {
    const field =
      known.find((item) => name === item || name.startsWith(`${item}.`)) || '';
    errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
  }
  const steps = Object.keys(found).map(stepOfField);
  const step = steps.length ? Math.min(...steps) : STEPS.length - 1;
  const field = fieldsOfStep(step, kind).find((name) => name in errors) || null;
  return { errors, step, field };
}

/** The body of POST @tremplin-registration: only the details of `kind`. */
export function registrationPayload(values) {
  const section = (kind) =>
    Object.fromEntries(
      DETAILS[kind].map((name) => {
        const value = values[name];
        return [
          name.slice(kind.length + 1),
          typeof value === 'string' ? value.trim() : value,
        ];
      }),
    );
  return {
    fullname: values.fullname.trim(),
    email: values.email.trim(),
    password: values.password,
    language: values.language,
    kind: values.kind,
    ...(values.kind === 'company' && { company: section('company') }),
    ...(values.kind === 'expert' && { expert: section('expert') }),
    consents: {
      terms: values['consents.terms'] === true,
      privacy: values['consents.privacy'] === true,
    },
  };
}

/**
 * {field: message} from a failed request of Volto's API middleware. The
 * backend's 400 carries the list as JSON text in `message` (core/errors.py);
 * anything else becomes one error under the empty field name.
 */
export function fieldErrorsFrom(error) {
  const body = error?.response?.body;
  let items = null;
  try {
    const parsed = JSON.parse(body?.message);
    items = Array.isArray(parsed) ? parsed : null;
  } catch {
    items = null;
  }
  if (items) {
    return Object.fromEntries(
      items.map((item) => [item.field || '', item.message || '']),
    );
  }
  return { '': body?.message || '' };
}

/** Seconds the backend asks to wait (Retry-After of a 429), or null. */
export function retryAfterSeconds(error) {
  const headers = error?.response?.headers || {};
  const seconds = Number.parseInt(
    headers['retry-after'] ?? headers['Retry-After'],
    10,
  );
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** A wait in seconds as {unit, count} with the unit people would say. */
export function waitParts(seconds) {
  if (seconds >= 60) {
    return { unit: 'minutes', count: Math.ceil(seconds / 60) };
  }
  return { unit: 'seconds', count: seconds };
}

/** A DOM id for a field name ("company.title" → "registration-company-title"). */
export function fieldId(name) {
  return `registration-${name.replace(/[^a-z0-9]+/gi, '-')}`;
}

/** The page where a member without a profile creates hers. */
export function createProfilePath(language) {
  return language === 'en' ? '/en/create-profile' : '/fr/creer-mon-profil';
}
