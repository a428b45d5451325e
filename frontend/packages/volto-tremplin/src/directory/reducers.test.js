import { getDirectory } from './actions';
import { CACHE_SIZE } from './constants';
import { cachedAnswer, directory, latestAnswer } from './reducers';

const answer = (total) => ({ items_total: total, items: [], facets: {} });

const pending = (key) => ({ type: 'GET_TREMPLIN_DIRECTORY_PENDING', key });
const success = (key, result, requestedAt = 1000) => ({
  type: 'GET_TREMPLIN_DIRECTORY_SUCCESS',
  key,
  result,
  requestedAt,
});

describe('getDirectory', () => {
  it('asks the language root for the query of the page', () => {
    expect(getDirectory('/fr', 'sector=agrifood', 'k')).toMatchObject({
      type: 'GET_TREMPLIN_DIRECTORY',
      key: 'k',
      request: { op: 'get', path: '/fr/@tremplin-directory?sector=agrifood' },
    });
    expect(getDirectory('/en', '', 'k').request.path).toBe(
      '/en/@tremplin-directory',
    );
  });
});

describe('directory', () => {
  it('keeps the answer of the query asked for last', () => {
    const state = directory(
      directory(undefined, pending('a')),
      success('a', answer(3)),
    );

    expect(state).toMatchObject({ key: 'a', loading: false, error: null });
    expect(cachedAnswer(state, 'a')).toEqual(answer(3));
  });

  it('only caches an answer to an older query', () => {
    let state = directory(undefined, pending('a'));
    state = directory(state, pending('b'));
    state = directory(state, success('a', answer(3)));

    expect(state).toMatchObject({ key: 'b', loading: true });
    expect(cachedAnswer(state, 'a')).toEqual(answer(3));
    expect(
      directory(state, { type: 'GET_TREMPLIN_DIRECTORY_FAIL', key: 'a' }),
    ).toBe(state);
  });

  it('keeps the error of the query asked for last', () => {
    const state = directory(directory(undefined, pending('a')), {
      type: 'GET_TREMPLIN_DIRECTORY_FAIL',
      key: 'a',
      error: { status: 500 },
    });

    expect(state).toMatchObject({ loading: false, error: { status: 500 } });
    expect(directory(state, pending('a')).error).toBeNull();
  });

  it('keeps the last answers, newest first, one per query', () => {
    let state;
    for (let index = 0; index < CACHE_SIZE + 2; index += 1) {
      state = directory(state, success(`k${index}`, answer(index)));
    }
    state = directory(state, success('k5', answer(50)));

    expect(state.cache).toHaveLength(CACHE_SIZE);
    expect(state.cache[0]).toEqual({ key: 'k5', result: answer(50), at: 1000 });
    expect(cachedAnswer(state, 'k0')).toBeNull();
  });

  it('forgets answers older than asked', () => {
    const state = directory(undefined, success('a', answer(1), 1000));

    expect(cachedAnswer(state, 'a', 999)).toEqual(answer(1));
    expect(cachedAnswer(state, 'a', 1001)).toBeNull();
    expect(cachedAnswer(undefined, 'a')).toBeNull();
  });

  it('finds the newest answer for the same reader', () => {
    let state = directory(undefined, success('awa|/fr|a', answer(1)));
    state = directory(state, success('ahmed|/fr|b', answer(2)));

    expect(latestAnswer(state, 'awa|/fr|')).toEqual(answer(1));
    expect(latestAnswer(state, 'fatou|/fr|')).toBeNull();
  });
});
