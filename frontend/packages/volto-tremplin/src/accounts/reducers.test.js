import { getRegistrationVocabulary } from './actions';
import { GET_REGISTRATION_VOCABULARY } from './constants';
import { registrationVocabularies, vocabularyKey } from './reducers';

const NAME = 'oif.tremplin.vocabularies.sectors';
const action = (suffix, extra) => ({
  type: `${GET_REGISTRATION_VOCABULARY}_${suffix}`,
  vocabulary: NAME,
  language: 'en',
  ...extra,
});

describe('registrationVocabularies', () => {
  it('asks the language root for every term', () => {
    expect(getRegistrationVocabulary(NAME, 'en').request).toEqual({
      op: 'get',
      path: `/en/@vocabularies/${NAME}?b_size=-1`,
    });
  });

  it('keeps the terms of each vocabulary in each language', () => {
    let state = registrationVocabularies(undefined, action('PENDING'));
    expect(state[vocabularyKey(NAME, 'en')]).toEqual({
      items: [],
      loading: true,
      error: null,
    });

    state = registrationVocabularies(
      state,
      action('SUCCESS', {
        result: { items: [{ token: 'crafts', title: 'Crafts', extra: 1 }] },
      }),
    );
    expect(state['en:' + NAME]).toEqual({
      items: [{ token: 'crafts', title: 'Crafts' }],
      loading: false,
      error: null,
    });
  });

  it('remembers a failure without the error object', () => {
    const state = registrationVocabularies(
      {},
      action('FAIL', { error: new Error('boom') }),
    );
    expect(state['en:' + NAME]).toEqual({
      items: [],
      loading: false,
      error: true,
    });
  });
});
