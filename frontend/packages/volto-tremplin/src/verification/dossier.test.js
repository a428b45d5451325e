import {
  canFire,
  documentChecklist,
  isApplicant,
  isFileComplete,
  moderatorMessage,
  transitionIds,
  userIdOf,
  verifiedDate,
} from './dossier';

const WORKFLOW = {
  transitions: [
    { '@id': 'http://localhost:8080/Plone/fr/entreprises/x/@workflow/submit' },
  ],
  history: [],
};

const document = (kind, title = kind) => ({
  '@id': `http://localhost:8080/Plone/fr/entreprises/x/${kind}`,
  title,
  document_kind: { token: kind, title },
});

/** A JWT whose payload is `payload` (the signature is not checked here). */
const tokenFor = (payload) =>
  `header.${btoa(JSON.stringify(payload)).replace(/=+$/, '')}.signature`;

describe('documentChecklist', () => {
  it('has the four kinds in order, with what was sent', () => {
    const rows = documentChecklist([
      document('proof_of_address', 'Facture'),
      document('register_extract', 'RCCM'),
      { title: 'Kind given as a token', document_kind: 'register_extract' },
    ]);

    expect(rows.map((row) => [row.kind, row.documents.length])).toEqual([
      ['register_extract', 2],
      ['manager_id', 0],
      ['financial_statements', 0],
      ['proof_of_address', 1],
    ]);
  });

  it('knows when the file is complete', () => {
    expect(isFileComplete([])).toBe(false);
    expect(isFileComplete(undefined)).toBe(false);
    expect(
      isFileComplete(
        [
          'register_extract',
          'manager_id',
          'financial_statements',
          'proof_of_address',
        ].map((kind) => document(kind)),
      ),
    ).toBe(true);
  });
});

describe('transitions', () => {
  it('are read from @workflow', () => {
    expect(transitionIds(WORKFLOW)).toEqual(['submit']);
    expect(canFire(WORKFLOW, 'submit')).toBe(true);
    expect(canFire(WORKFLOW, 'appeal')).toBe(false);
    expect(canFire(undefined, 'submit')).toBe(false);
  });
});

describe('isApplicant', () => {
  it('is the creator of the profile, or whoever may submit it', () => {
    const content = { creators: ['aminata'] };
    expect(isApplicant(content, 'aminata', {})).toBe(true);
    expect(isApplicant(content, 'ahmed', {})).toBe(false);
    expect(isApplicant(content, 'ahmed', WORKFLOW)).toBe(true);
    expect(isApplicant({}, '', {})).toBe(false);
  });

  it('reads the user id of the session token', () => {
    expect(userIdOf(tokenFor({ sub: 'aminata', exp: 1 }))).toBe('aminata');
    expect(userIdOf('not a token')).toBe('');
    expect(userIdOf(null)).toBe('');
  });
});

describe('moderatorMessage', () => {
  const profile = { decision_message: ' Extrait illisible. ' };

  it('is the reason of the last rejection while rejected', () => {
    expect(moderatorMessage(profile, 'rejected')).toEqual({
      action: 'reject',
      comment: 'Extrait illisible.',
    });
    expect(moderatorMessage(profile, 'appealed')).toBeNull();
  });

  it('is the request for documents while back in draft', () => {
    expect(moderatorMessage(profile, 'draft')).toEqual({
      action: 'request_documents',
      comment: 'Extrait illisible.',
    });
  });

  it('is nothing without a message', () => {
    expect(moderatorMessage({ decision_message: null }, 'rejected')).toBeNull();
    expect(moderatorMessage({ decision_message: '  ' }, 'draft')).toBeNull();
    expect(moderatorMessage(undefined, 'rejected')).toBeNull();
  });
});

describe('verifiedDate', () => {
  it('is the verification date of a verified profile, at noon UTC', () => {
    expect(
      verifiedDate({ review_state: 'verified', verified_on: '2026-11-27' }),
    ).toEqual(new Date('2026-11-27T12:00:00Z'));
  });

  it('is null otherwise', () => {
    expect(
      verifiedDate({ review_state: 'expired', verified_on: '2026-11-27' }),
    ).toBeNull();
    expect(verifiedDate({ review_state: 'verified' })).toBeNull();
    expect(
      verifiedDate({ review_state: 'verified', verified_on: 'soon' }),
    ).toBeNull();
  });
});
