import { externalIdentities, externalLoginOptions } from './reducers';

describe('externalLoginOptions', () => {
  it('keeps the providers of pas.plugins.authomatic only', () => {
    const state = externalLoginOptions(undefined, {
      type: 'LIST_AUTH_OPTIONS_SUCCESS',
      result: {
        options: [
          { id: 'oif', plugin: 'authomatic', title: 'Annuaire OIF' },
          { id: 'google', plugin: 'authomatic' },
          { id: 'oidc', plugin: 'oidc', title: 'Other plugin' },
        ],
      },
    });

    expect(state.providers).toEqual([
      { id: 'oif', title: 'Annuaire OIF' },
      { id: 'google', title: 'google' },
    ]);
    expect(state.loaded).toBe(true);
  });

  it('offers nothing when the options cannot be read', () => {
    const state = externalLoginOptions(undefined, {
      type: 'LIST_AUTH_OPTIONS_FAIL',
      error: {},
    });

    expect(state.providers).toEqual([]);
  });
});

describe('externalIdentities', () => {
  it('holds her identities and forgets them on logout', () => {
    const loaded = externalIdentities(undefined, {
      type: 'TREMPLIN_GET_EXTERNAL_IDENTITIES_SUCCESS',
      result: {
        items: [{ provider: 'oif', title: 'Annuaire OIF' }],
        providers: [{ id: 'oif', title: 'Annuaire OIF' }],
      },
    });
    expect(loaded.items).toHaveLength(1);
    expect(loaded.loaded).toBe(true);

    const failed = externalIdentities(loaded, {
      type: 'TREMPLIN_GET_EXTERNAL_IDENTITIES_FAIL',
      error: { status: 500 },
    });
    expect(failed.error).toEqual({ status: 500 });
    expect(failed.items).toHaveLength(1);

    expect(
      externalIdentities(failed, { type: 'LOGOUT_SUCCESS' }).items,
    ).toEqual([]);
  });
});
