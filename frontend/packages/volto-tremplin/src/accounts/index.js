import LoginRequiredView from './components/LoginRequiredView';

/** Members-only pages answer anonymous visitors with the login form. */
export default function installAccounts(config) {
  config.views = {
    ...config.views,
    errorViews: { ...config.views.errorViews, 401: LoginRequiredView },
  };
  return config;
}
