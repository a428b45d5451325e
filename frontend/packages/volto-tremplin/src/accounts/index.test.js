import installAccounts from './index';
import LoginRequiredView from './components/LoginRequiredView';

describe('installAccounts', () => {
  it('answers 401 with the login form and keeps the other error views', () => {
    const NotFound = () => null;
    const config = installAccounts({
      views: { errorViews: { 404: NotFound } },
    });

    expect(config.views.errorViews).toEqual({
      404: NotFound,
      401: LoginRequiredView,
    });
  });
});
