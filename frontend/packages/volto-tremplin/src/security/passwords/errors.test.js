import { fieldErrorsOf, statusOf } from './errors';

describe('fieldErrorsOf', () => {
  it('reads the field list of a raised 400', () => {
    const error = {
      status: 400,
      response: {
        body: {
          type: 'BadRequest',
          message: JSON.stringify([
            { field: 'code', message: 'Wrong code: 4 tries left.' },
            { field: 'password', message: 'Too common.' },
          ]),
        },
      },
    };
    expect(statusOf(error)).toBe(400);
    expect(fieldErrorsOf(error)).toEqual({
      errors: { code: 'Wrong code: 4 tries left.', password: 'Too common.' },
      type: 'BadRequest',
    });
  });

  it('reads a returned error with its type', () => {
    const error = {
      status: 403,
      response: {
        body: { error: { type: 'Wrong password', message: 'Wrong.' } },
      },
    };
    expect(fieldErrorsOf(error)).toEqual({
      errors: { '': 'Wrong.' },
      type: 'Wrong password',
    });
  });

  it('copes with no body', () => {
    expect(fieldErrorsOf(undefined)).toEqual({ errors: {}, type: null });
    expect(statusOf({ response: { status: 502 } })).toBe(502);
  });
});
