import PropTypes from 'prop-types';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';

/**
 * The head of a page that is not a Plone content (login, registration,
 * member screens): its title, the description search engines show for a
 * public page, and `noindex` for a page only members or nobody should find
 * through a search engine. Volto writes these for content pages only.
 */
const PageMeta = ({ title, description, noindex }) => (
  <Helmet title={title}>
    {description && <meta name="description" content={description} />}
    {noindex && <meta name="robots" content="noindex" />}
  </Helmet>
);

PageMeta.propTypes = {
  title: PropTypes.string.isRequired,
  description: PropTypes.string,
  noindex: PropTypes.bool,
};

export default PageMeta;
