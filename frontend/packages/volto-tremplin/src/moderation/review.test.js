import {
  actionsFor,
  checkCounts,
  fieldErrorsFrom,
  inlineUrl,
  needsMessage,
  normalizeStatus,
  previewKind,
  sortChecks,
  worstStatus,
} from './review';

describe('actionsFor', () => {
  it.each([
    ['submitted', ['start_review']],
    ['appealed', ['start_review']],
    ['in_review', ['verify', 'reject', 'request_documents']],
    ['verified', []],
    ['draft', []],
    [undefined, []],
  ])('offers in state %s: %j', (state, actions) => {
    expect(actionsFor(state)).toEqual(actions);
  });
});

describe('needsMessage', () => {
  it('asks for a message when rejecting or requesting documents only', () => {
    expect(
      ['start_review', 'verify', 'reject', 'request_documents'].filter(
        needsMessage,
      ),
    ).toEqual(['reject', 'request_documents']);
  });
});

describe('check statuses', () => {
  it('counts every status, zero when missing', () => {
    expect(checkCounts({ passed: 4, failed: '1' })).toEqual({
      failed: 1,
      warning: 0,
      passed: 4,
    });
    expect(checkCounts(undefined)).toEqual({
      failed: 0,
      warning: 0,
      passed: 0,
    });
  });

  it('names the most serious status present', () => {
    expect(worstStatus({ passed: 3, warning: 1 })).toBe('warning');
    expect(worstStatus({ passed: 3, warning: 1, failed: 2 })).toBe('failed');
    expect(worstStatus({ passed: 3 })).toBe('passed');
    expect(worstStatus({})).toBeNull();
  });

  it('treats an unknown status as a warning', () => {
    expect(normalizeStatus('passed')).toBe('passed');
    expect(normalizeStatus('skipped')).toBe('warning');
  });

  it('sorts failed checks first and keeps the order within a status', () => {
    const items = [
      { id: 'a', status: 'passed' },
      { id: 'b', status: 'failed' },
      { id: 'c', status: 'warning' },
      { id: 'd', status: 'failed' },
      { id: 'e', status: 'passed' },
    ];
    expect(sortChecks(items).map(({ id }) => id)).toEqual([
      'b',
      'd',
      'c',
      'a',
      'e',
    ]);
  });
});

describe('documents', () => {
  it.each([
    ['application/pdf', 'pdf'],
    ['image/png', 'image'],
    ['image/jpeg; charset=binary', 'image'],
    ['application/zip', null],
    [undefined, null],
  ])('shows %s inline as %s', (type, kind) => {
    expect(previewKind(type)).toBe(kind);
  });

  it('displays the file inline rather than downloading it', () => {
    expect(
      inlineUrl(
        'http://localhost:8080/Plone/fr/entreprises/akwaba/extrait/@@download/file',
      ),
    ).toBe('/fr/entreprises/akwaba/extrait/@@display-file/file');
  });
});

describe('fieldErrorsFrom', () => {
  it('reads the field list of a 400', () => {
    const error = {
      status: 400,
      response: {
        body: {
          type: 'BadRequest',
          message: JSON.stringify([
            { field: 'message', message: 'Le motif est obligatoire.' },
          ]),
        },
      },
    };
    expect(fieldErrorsFrom(error)).toEqual({
      message: 'Le motif est obligatoire.',
    });
  });

  it('keeps a plain message under the empty field', () => {
    expect(
      fieldErrorsFrom({ response: { body: { message: 'Not allowed' } } }),
    ).toEqual({ '': 'Not allowed' });
  });

  it('has no message for a failure without a body', () => {
    expect(fieldErrorsFrom({ status: 500 })).toEqual({ '': null });
  });
});
