import { useIntl } from 'react-intl';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import messages from '../messages';

// Per language root. Legal notice and accessibility are content pages the
// site administrators publish; contact is Volto's own contact form route.
export const FOOTER_LINKS = {
  fr: {
    legalNotice: '/fr/mentions-legales',
    accessibility: '/fr/accessibilite',
    contact: '/fr/contact-form',
  },
  en: {
    legalNotice: '/en/legal-notice',
    accessibility: '/en/accessibility',
    contact: '/en/contact-form',
  },
};

/** The Tremplin footer: who publishes the platform and its service pages. */
const SiteFooter = () => {
  const intl = useIntl();
  const locale = useSelector((state) => state.intl?.locale);
  const links = FOOTER_LINKS[locale] || FOOTER_LINKS.fr;

  return (
    <footer id="footer" className="tremplin-footer" tabIndex="-1">
      <Container>
        <p className="tremplin-footer-publisher">
          {intl.formatMessage(messages.publisher)}
        </p>
        <nav aria-label={intl.formatMessage(messages.footerNavigation)}>
          <ul className="tremplin-footer-links">
            {Object.entries(links).map(([key, path]) => (
              <li key={key}>
                <Link to={path}>{intl.formatMessage(messages[key])}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </footer>
  );
};

export default SiteFooter;
