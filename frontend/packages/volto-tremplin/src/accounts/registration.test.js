import {
  PASSWORD_MIN_LENGTH,
  STEPS,
  fieldErrorsFrom,
  fieldId,
  fieldsOfStep,
  initialValues,
  placeErrors,
  registrationPayload,
  retryAfterSeconds,
  stepOfField,
  validateStep,
  waitParts,
} from './registration';

const COMPANY = {
  ...initialValues('fr'),
  fullname: ' Aminata Diallo ',
  email: 'aminata@example.sn ',
  password: 'Un-mot-de-passe-long',
  kind: 'company',
  'company.title': 'Saveurs du Sahel',
  'company.country': 'SN',
  'company.registration_number': 'SN-DKR-2026-B-1',
  'company.city': 'Dakar',
  'company.sectors': ['agrifood'],
  'company.size_band': 'micro',
  'company.experience_level': 'primo_exporter',
  'consents.terms': true,
  'consents.privacy': true,
};

/** A 400 as Volto's API middleware rejects it. */
const badRequest = (items) => ({
  status: 400,
  response: { body: { type: 'BadRequest', message: JSON.stringify(items) } },
});

describe('the steps', () => {
  it('are account, kind, details and consents', () => {
    expect(STEPS).toEqual(['account', 'kind', 'details', 'consents']);
    expect(fieldsOfStep(0)).toEqual([
      'fullname',
      'email',
      'password',
      'language',
    ]);
    expect(fieldsOfStep(2, 'expert')).toContain('expert.bio');
    expect(fieldsOfStep(2, 'company')).toContain('company.size_band');
    expect(fieldsOfStep(2, '')).toEqual([]);
  });

  it('start in the interface language, with empty lists', () => {
    expect(initialValues('en').language).toBe('en');
    expect(initialValues('de').language).toBe('fr');
    expect(initialValues()['expert.countries']).toEqual([]);
    expect(initialValues()['consents.terms']).toBe(false);
  });
});

describe('validateStep', () => {
  it('asks for every field of the step', () => {
    expect(validateStep(0, initialValues())).toEqual({
      fullname: 'required',
      email: 'required',
      password: 'required',
    });
    expect(validateStep(1, initialValues())).toEqual({ kind: 'required' });
    expect(
      Object.keys(validateStep(2, { ...initialValues(), kind: 'expert' })),
    ).toEqual([
      'expert.expertise_areas',
      'expert.countries',
      'expert.languages',
      'expert.bio',
      'expert.availability',
    ]);
    expect(validateStep(3, initialValues())).toEqual({
      'consents.terms': 'required',
      'consents.privacy': 'required',
    });
  });

  it('checks the e-mail address and the length of the password', () => {
    const values = {
      ...COMPANY,
      email: 'aminata@',
      password: 'x'.repeat(PASSWORD_MIN_LENGTH - 1),
    };
    expect(validateStep(0, values)).toEqual({
      email: 'email',
      password: 'passwordLength',
    });
  });

  it('lets a complete registration through every step', () => {
    STEPS.forEach((unused, step) =>
      expect(validateStep(step, COMPANY)).toEqual({}),
    );
  });

  it('does not count blank text as an answer', () => {
    expect(validateStep(2, { ...COMPANY, 'company.city': '  ' })).toEqual({
      'company.city': 'required',
    });
  });
});

describe('registrationPayload', () => {
  it('sends the company details only, trimmed, under their backend names', () => {
    expect(registrationPayload(COMPANY)).toEqual({
      fullname: 'Aminata Diallo',
      email: 'aminata@example.sn',
      password: 'Un-mot-de-passe-long',
      language: 'fr',
      kind: 'company',
      company: {
        title: 'Saveurs du Sahel',
        country: 'SN',
        registration_number: 'SN-DKR-2026-B-1',
        city: 'Dakar',
        sectors: ['agrifood'],
        size_band: 'micro',
        experience_level: 'primo_exporter',
      },
      consents: { terms: true, privacy: true },
    });
  });

  it('sends the expert details for an expert', () => {
    const payload = registrationPayload({
      ...COMPANY,
      kind: 'expert',
      'expert.expertise_areas': ['customs'],
      'expert.bio': ' Douanière. ',
    });
    expect(payload.company).toBeUndefined();
    expect(payload.expert).toEqual({
      expertise_areas: ['customs'],
      countries: [],
      languages: [],
      bio: 'Douanière.',
      availability: '',
    });
  });
});

describe('errors from the backend', () => {
  it('are read from the JSON list of a 400', () => {
    expect(
      fieldErrorsFrom(
        badRequest([
          { field: 'email', message: 'Adresse déjà utilisée' },
          { field: 'company.title', message: 'Obligatoire' },
        ]),
      ),
    ).toEqual({
      email: 'Adresse déjà utilisée',
      'company.title': 'Obligatoire',
    });
  });

  it('keep a plain message under the empty field name', () => {
    expect(
      fieldErrorsFrom({ status: 400, response: { body: { message: 'Non' } } }),
    ).toEqual({ '': 'Non' });
    expect(fieldErrorsFrom({ status: 500 })).toEqual({ '': '' });
  });

  it('go to the step that shows their field', () => {
    expect(stepOfField('password')).toBe(0);
    expect(stepOfField('kind')).toBe(1);
    expect(stepOfField('company.registration_number')).toBe(2);
    expect(stepOfField('expert.bio')).toBe(2);
    expect(stepOfField('company.sectors.0')).toBe(2);
    expect(stepOfField('company.unknown')).toBe(2);
    expect(stepOfField('consents.privacy')).toBe(3);
    expect(stepOfField('captcha')).toBe(3);
    expect(stepOfField('')).toBe(3);
  });

  it('are placed on the earliest step, its first field focused', () => {
    expect(
      placeErrors(
        {
          'consents.terms': 'Acceptez les conditions',
          'company.sectors.0': 'Secteur inconnu',
          'company.city': 'Obligatoire',
          captcha: 'Raté',
        },
        'company',
      ),
    ).toEqual({
      errors: {
        'consents.terms': 'Acceptez les conditions',
        'company.sectors': 'Secteur inconnu',
        'company.city': 'Obligatoire',
        '': 'Raté',
      },
      step: 2,
      field: 'company.city',
    });
  });

  it('without a known field stay on the last step, with no field to focus', () => {
    expect(placeErrors({ '': 'Erreur' }, 'company')).toEqual({
      errors: { '': 'Erreur' },
      step: 3,
      field: null,
    });
  });
});

describe('waiting before a new mail', () => {
  it('reads Retry-After of a 429', () => {
    const tooSoon = (value) => ({
      status: 429,
      response: { headers: { 'retry-after': value } },
    });
    expect(retryAfterSeconds(tooSoon('90'))).toBe(90);
    expect(retryAfterSeconds(tooSoon('soon'))).toBeNull();
    expect(retryAfterSeconds({ status: 429 })).toBeNull();
  });

  it('is said in minutes from one minute on', () => {
    expect(waitParts(45)).toEqual({ unit: 'seconds', count: 45 });
    expect(waitParts(60)).toEqual({ unit: 'minutes', count: 1 });
    expect(waitParts(61)).toEqual({ unit: 'minutes', count: 2 });
  });
});

it('gives each field a DOM id', () => {
  expect(fieldId('company.size_band')).toBe('registration-company-size-band');
});
