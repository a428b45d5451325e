import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { getNavroot } from '@plone/volto/actions/navroot/navroot';
import { flattenToAppURL, getBaseUrl } from '@plone/volto/helpers/Url/Url';
import { hasApiExpander } from '@plone/volto/helpers/Utils/Utils';
import messages from '../messages';

/**
 * The Tremplin name and tagline, linking to the home of the current language.
 *
 * Text rather than an image, so it stays readable when zoomed or translated;
 * the visible text is the link's accessible name (no aria-label to drift
 * from it).
 */
const SiteLogo = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const { pathname } = useLocation();
  const navroot = useSelector((state) => state.navroot?.data);

  // Volto's own logo is what loads the navigation root; keep doing it.
  useEffect(() => {
    if (pathname && !hasApiExpander('navroot', getBaseUrl(pathname))) {
      dispatch(getNavroot(getBaseUrl(pathname)));
    }
  }, [dispatch, pathname]);

  const homePath = flattenToAppURL(navroot?.navroot?.['@id']) || '/';

  return (
    <Link to={homePath} className="tremplin-logo">
      <span className="tremplin-logo-name">
        {intl.formatMessage(messages.siteName)}
      </span>
      <span className="tremplin-logo-tagline">
        {intl.formatMessage(messages.tagline)}
      </span>
    </Link>
  );
};

export default SiteLogo;
