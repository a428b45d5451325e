import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';
import { createPortal } from 'react-dom';
import { Link } from 'react-router-dom';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import Toolbar from '@plone/volto/components/manage/Toolbar/Toolbar';
import backSVG from '@plone/volto/icons/back.svg';

/**
 * Volto's toolbar with a back button, as on Volto's own non-content pages
 * (Sharing, History): routes outside the content view must render it
 * themselves, in the browser only.
 */
const PageToolbar = ({ pathname, backTo, backLabel }) => {
  const [isClient, setIsClient] = useState(false);
  useEffect(() => setIsClient(true), []);
  if (!isClient || !document.getElementById('toolbar')) {
    return null;
  }
  return createPortal(
    <Toolbar
      pathname={pathname}
      hideDefaultViewButtons
      inner={
        <Link to={backTo} className="item">
          <Icon
            name={backSVG}
            className="contents circled"
            size="30px"
            title={backLabel}
          />
        </Link>
      }
    />,
    document.getElementById('toolbar'),
  );
};

PageToolbar.propTypes = {
  pathname: PropTypes.string.isRequired,
  backTo: PropTypes.string.isRequired,
  backLabel: PropTypes.string.isRequired,
};

export default PageToolbar;
