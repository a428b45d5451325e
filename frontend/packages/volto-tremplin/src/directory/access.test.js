import { accessOf } from './access';

describe('accessOf', () => {
  it.each([
    [null, 'pending'],
    [[], 'guest'],
    [['Member', 'Authenticated'], 'guest'],
    [['Member', 'Company Representative'], 'member'],
    [['Expert'], 'member'],
    [['Moderator'], 'reviewer'],
    [['Site Administrator'], 'reviewer'],
    [['Manager'], 'reviewer'],
  ])('gives roles %j the %s access', (roles, access) => {
    expect(accessOf(roles)).toBe(access);
  });
});
