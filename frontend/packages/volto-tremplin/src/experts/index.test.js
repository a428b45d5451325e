import installExperts from './index';
import ExpertView from './components/ExpertView';

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
