import installExperts, { ExpertView } from './index';

describe('installExperts', () => {
  it('registers the expert view and keeps the others', () => {
    const Other = () => null;
    const config = installExperts({
      views: { contentTypesViews: { Company: Other } },
    });

    expect(config.views.contentTypesViews).toEqual({
      Company: Other,
      Expert: ExpertView,
    });
  });
});
