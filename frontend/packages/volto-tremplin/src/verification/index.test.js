import installVerification from './index';
import VerificationDocumentView from './components/VerificationDocumentView';

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
