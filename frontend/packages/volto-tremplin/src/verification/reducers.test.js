import { getVerificationDossier } from './actions';
import { GET_VERIFICATION_DOSSIER } from './constants';
import { verificationDossier } from './reducers';

const PATH = '/en/companies/saveurs-du-sahel';

describe('verificationDossier', () => {
  it('asks for the workflow, the documents and the creator at once', () => {
    expect(
      getVerificationDossier(PATH).request.map((request) => request.path),
    ).toEqual([
      `${PATH}/@workflow`,
      expect.stringMatching(
        /@search\?portal_type=VerificationDocument&path\.depth=1&fullobjects=1/,
      ),
      `${PATH}/@search?path.depth=0&metadata_fields=Creator`,
    ]);
  });

  it('keeps what the panel needs of the three answers', () => {
    const state = verificationDossier(undefined, {
      type: `${GET_VERIFICATION_DOSSIER}_SUCCESS`,
      path: PATH,
      result: [
        { state: { id: 'draft' }, transitions: [], history: [], extra: 1 },
        {
          items: [
            {
              '@id': `${PATH}/rccm`,
              title: 'RCCM',
              document_kind: { token: 'register_extract' },
              file: {},
            },
          ],
        },
        { items: [{ '@id': PATH, Creator: 'aminata' }] },
      ],
    });

    expect(state).toEqual({
      path: PATH,
      workflow: { state: { id: 'draft' }, transitions: [], history: [] },
      documents: [
        {
          '@id': `${PATH}/rccm`,
          title: 'RCCM',
          document_kind: { token: 'register_extract' },
        },
      ],
      creator: 'aminata',
      loading: false,
      loaded: true,
      error: false,
    });
  });

  it('forgets the file of another profile while the new one loads', () => {
    const loaded = { ...verificationDossier(), path: '/other', loaded: true };
    const state = verificationDossier(loaded, {
      type: `${GET_VERIFICATION_DOSSIER}_PENDING`,
      path: PATH,
    });
    expect(state).toMatchObject({ path: PATH, loaded: false, loading: true });
  });
});
