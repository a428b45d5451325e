import {
  auditCsvPath,
  auditPath,
  auditQuery,
  isGrantActive,
  pageInfo,
  privilegesPath,
  roleChanges,
  roleOptions,
} from './queries';

describe('audit queries', () => {
  const filters = {
    actor: 'administrateur',
    action: 'role.',
    target: ' ',
    start: '2026-01-01',
    end: '',
  };

  it('keeps the filled filters only, in a stable order', () => {
    expect(auditQuery(filters)).toBe(
      'actor=administrateur&action=role.&start=2026-01-01',
    );
    expect(auditQuery({})).toBe('');
  });

  it('pages the log', () => {
    expect(auditPath(filters, 40)).toBe(
      '/@tremplin-audit?actor=administrateur&action=role.&start=2026-01-01&b_start=40&b_size=20',
    );
  });

  it('exports the same filters as CSV', () => {
    expect(auditCsvPath(filters)).toBe(
      '/@tremplin-audit?actor=administrateur&action=role.&start=2026-01-01&format=csv',
    );
    expect(auditCsvPath({})).toBe('/@tremplin-audit?format=csv');
  });

  it('encodes what it passes on', () => {
    expect(auditCsvPath({ target: '/fr/entreprises/a b&c' })).toBe(
      '/@tremplin-audit?target=%2Ffr%2Fentreprises%2Fa+b%26c&format=csv',
    );
  });

  it('asks for the privileges of a period', () => {
    expect(privilegesPath({ start: '2026-01-01', end: '2026-03-31' })).toBe(
      '/@tremplin-audit-privileges?start=2026-01-01&end=2026-03-31',
    );
    expect(privilegesPath({})).toBe('/@tremplin-audit-privileges');
  });
});

describe('pageInfo', () => {
  it('describes the first, a middle and the last page', () => {
    expect(pageInfo(0, 45)).toMatchObject({
      first: 1,
      last: 20,
      hasPrevious: false,
      hasNext: true,
      next: 20,
    });
    expect(pageInfo(20, 45)).toMatchObject({
      first: 21,
      last: 40,
      hasPrevious: true,
      previous: 0,
      hasNext: true,
    });
    expect(pageInfo(40, 45)).toMatchObject({
      first: 41,
      last: 45,
      hasNext: false,
    });
  });

  it('has no entry on an empty log', () => {
    expect(pageInfo(0, 0)).toMatchObject({ first: 0, last: 0, hasNext: false });
  });
});

describe('roles', () => {
  it.each([
    [['Moderator'], [{ id: 'Moderator', title: 'Moderator' }]],
    [
      [{ id: 'Expert', title: 'Expert·e' }],
      [{ id: 'Expert', title: 'Expert·e' }],
    ],
    [{ Moderator: 'Modérateur' }, [{ id: 'Moderator', title: 'Modérateur' }]],
    [undefined, []],
  ])('reads the assignable roles %j', (roles, options) => {
    expect(roleOptions(roles)).toEqual(options);
  });

  it('lists the roles added and removed', () => {
    expect(
      roleChanges(['Moderator', 'Expert'], ['Expert', 'Site Administrator']),
    ).toEqual({ added: ['Site Administrator'], removed: ['Moderator'] });
  });
});

describe('isGrantActive', () => {
  const grant = { start: '2026-03-01', end: '2026-03-10' };

  it('holds from the start date up to, not including, the end date', () => {
    expect(isGrantActive(grant, new Date('2026-02-28T23:59:59Z'))).toBe(false);
    expect(isGrantActive(grant, new Date('2026-03-01T00:00:00Z'))).toBe(true);
    expect(isGrantActive(grant, new Date('2026-03-09T12:00:00Z'))).toBe(true);
    expect(isGrantActive(grant, new Date('2026-03-10T00:00:00Z'))).toBe(false);
  });
});
