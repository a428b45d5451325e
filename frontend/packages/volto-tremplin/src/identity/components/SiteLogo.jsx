import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { getNavroot } from '@plone/volto/actions/navroot/navroot';
import { flattenToAppURL, getBaseUrl } from '@plone/volto/helpers/Url/Url';
import { hasApiExpander } from '@plone/volto/helpers/Utils/Utils';
import messages from '../messages';

/**
 * The site's logo, linking to the home of the current language.
 *
 * By default the Tremplin name and tagline: text rather than an image, so it
 * stays readable when zoomed or translated; the visible text is the link's
 * accessible name (no aria-label to drift from it). When site administrators
 * set a logo image (registry record plone.site_logo, Site control panel),
 * that image is shown instead, as Volto's own logo does, its alt text naming
 * the site.
 */
const SiteLogo = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const { pathname } = useLocation();
  const navroot = useSelector((state) => state.navroot?.data);
  const site = useSelector((state) => state.site?.data);

  // Volto's own logo is what loads the navigation root; keep doing it.
  useEffect(() => {
    if (pathname && !hasApiExpander('navroot', getBaseUrl(pathname))) {
      dispatch(getNavroot(getBaseUrl(pathname)));
    }
  }, [dispatch, pathname]);

  const homePath = flattenToAppURL(navroot?.navroot?.['@id']) || '/';
  const siteName =
    site?.['plone.site_title'] || intl.formatMessage(messages.siteName);

  return (
    <Link to={homePath} className="tremplin-logo">
      {site?.['plone.site_logo'] ? (
        <img
          className="tremplin-logo-image"
          src={flattenToAppURL(site['plone.site_logo'])}
          alt={siteName}
        />
      ) : (
        <>
          <span className="tremplin-logo-name">
            {intl.formatMessage(messages.siteName)}
          </span>
          <span className="tremplin-logo-tagline">
            {intl.formatMessage(messages.tagline)}
          </span>
        </>
      )}
    </Link>
  );
};

export default SiteLogo;
