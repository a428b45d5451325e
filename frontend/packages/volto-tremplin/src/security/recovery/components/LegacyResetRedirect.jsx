import { useSelector } from 'react-redux';
import { Redirect, useParams } from 'react-router-dom';

/**
 * Volto's /passwordreset pages (and the one-step links of Plone's stock
 * reset mail, /passwordreset/<token>, which the backend no longer honours)
 * lead to the reset with a code, in the page's or the interface's
 * language. On the server this is a 302.
 */
const LegacyResetRedirect = () => {
  const { lang } = useParams();
  const locale = useSelector((state) => state.intl?.locale);
  const language = lang || (locale === 'en' ? 'en' : 'fr');
  return <Redirect to={`/${language}/password-reset`} />;
};

export default LegacyResetRedirect;
