import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { shallowEqual, useDispatch, useSelector } from 'react-redux';
import { Container } from 'semantic-ui-react';
import { listActions } from '@plone/volto/actions/actions/actions';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { homePathOf } from '../../site/language';
import messages from '../messages';

/**
 * The Tremplin footer: who publishes the platform, and the site's service
 * pages (legal notice, accessibility, contact).
 *
 * The links are Plone's `site_actions` (portal_actions, changed by site
 * administrators in the Actions control panel), rendered as Volto's stock
 * footer does; the backend translates their titles and resolves their URLs
 * for the request's language. Volto gets them with the page's content, so
 * pages without content (errors, the login form) ask for those of their
 * language root here.
 */
const SiteFooter = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const { siteActions, isLoaded, isLoading } = useSelector(
    (state) => ({
      siteActions: state.actions?.actions?.site_actions,
      isLoaded: state.actions?.loaded,
      isLoading: state.actions?.loading,
    }),
    shallowEqual,
  );
  const links = (siteActions || []).filter((item) => item.url);
  const requested = useRef(null);
  const home = homePathOf(intl.locale);

  useEffect(() => {
    // Once per language: a failed request is not retried on every render.
    if (!isLoaded && !isLoading && requested.current !== home) {
      requested.current = home;
      dispatch(listActions(home));
    }
  }, [dispatch, home, isLoaded, isLoading]);

  return (
    <footer id="footer" className="tremplin-footer" tabIndex="-1">
      <Container>
        <p className="tremplin-footer-publisher">
          {intl.formatMessage(messages.publisher)}
        </p>
        {links.length > 0 && (
          <nav aria-label={intl.formatMessage(messages.footerNavigation)}>
            <ul className="tremplin-footer-links">
              {links.map((item) => (
                <li key={item.id}>
                  <UniversalLink href={flattenToAppURL(item.url)}>
                    {item.title}
                  </UniversalLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </Container>
    </footer>
  );
};

export default SiteFooter;
