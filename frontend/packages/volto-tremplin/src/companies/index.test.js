import installCompanies from './index';
import CompanyView from './components/CompanyView';

describe('installCompanies', () => {
  it('registers the Company view and keeps the other views', () => {
    const Other = () => null;
    const config = installCompanies({
      views: { contentTypesViews: { Event: Other } },
    });

    expect(config.views.contentTypesViews).toEqual({
      Event: Other,
      Company: CompanyView,
    });
  });
});
