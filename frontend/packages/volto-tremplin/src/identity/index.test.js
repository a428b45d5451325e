import installIdentity from './index';

describe('installIdentity', () => {
  it('leaves the configuration as it is (styles only)', () => {
    const config = { settings: {} };

    expect(installIdentity(config)).toBe(config);
  });
});
