import installVerification, { VerificationDocumentView } from './index';

describe('installVerification', () => {
  it('registers the verification document view and keeps the others', () => {
    const Other = () => null;
    const config = installVerification({
      views: { contentTypesViews: { Company: Other } },
    });

    expect(config.views.contentTypesViews).toEqual({
      Company: Other,
      VerificationDocument: VerificationDocumentView,
    });
  });
});

describe('the verification file', () => {
  it('keeps its state beside the other reducers', () => {
    const other = (state = null) => state;
    const config = installVerification({
      views: { contentTypesViews: {} },
      addonReducers: { other },
    });

    expect(Object.keys(config.addonReducers)).toEqual([
      'other',
      'verificationDossier',
    ]);
  });
});
