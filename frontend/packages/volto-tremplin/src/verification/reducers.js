import { GET_VERIFICATION_DOSSIER } from './constants';

const EMPTY = {
  path: null,
  workflow: null,
  documents: [],
  creator: '',
  loading: false,
  loaded: false,
  error: false,
};

/** The verification file of the profile last asked for. */
export function verificationDossier(state = EMPTY, action = {}) {
  switch (action.type) {
    case `${GET_VERIFICATION_DOSSIER}_PENDING`:
      return {
        ...(state.path === action.path ? state : EMPTY),
        path: action.path,
        loading: true,
        error: false,
      };
    case `${GET_VERIFICATION_DOSSIER}_SUCCESS`: {
      const [workflow, search, profile] = action.result || [];
      return {
        path: action.path,
        workflow: {
          state: workflow?.state || null,
          transitions: workflow?.transitions || [],
          history: workflow?.history || [],
        },
        documents: (search?.items || []).map((item) => ({
          '@id': item['@id'],
          title: item.title,
          document_kind: item.document_kind,
        })),
        creator: profile?.items?.[0]?.Creator || '',
        loading: false,
        loaded: true,
        error: false,
      };
    }
    case `${GET_VERIFICATION_DOSSIER}_FAIL`:
      return { ...EMPTY, path: action.path, error: true };
    default:
      return state;
  }
}
