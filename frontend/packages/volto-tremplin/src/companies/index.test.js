import installCompanies, {
  CompanyView,
  MissionsWidget,
  ProductsWidget,
} from './index';

describe('installCompanies', () => {
  const Other = () => null;
  const install = () =>
    installCompanies({
      views: { contentTypesViews: { Event: Other } },
      widgets: { widget: { textarea: Other }, type: { integer: Other } },
    });

  it('registers the Company view and keeps the other views', () => {
    expect(install().views.contentTypesViews).toEqual({
      Event: Other,
      Company: CompanyView,
    });
  });

  it('registers the widgets @types/Company asks for by name', () => {
    const { widgets } = install();

    expect(widgets.widget).toEqual({
      textarea: Other,
      company_products: ProductsWidget,
      company_missions: MissionsWidget,
    });
    expect(widgets.type).toEqual({ integer: Other });
  });
});
