import { useIntl } from 'react-intl';
import { withServerErrorCode } from '@plone/volto/helpers/Utils/Utils';
import messages from '../messages';
import ErrorPage from './ErrorPage';
import NotFoundView from './NotFoundView';

/** An error view answering with `code`, titled by messages[`key`]. */
function errorView(code, key) {
  const View = () => {
    const intl = useIntl();
    return (
      <ErrorPage
        title={intl.formatMessage(messages[key])}
        detail={intl.formatMessage(messages[`${key}Detail`])}
      />
    );
  };
  const ViewWithCode = withServerErrorCode(code)(View);
  // Volto's View gives the page the body class `view-<displayName>`.
  ViewWithCode.displayName = key;
  return ViewWithCode;
}

/**
 * Volto's error views by status, replaced: these get a translated document
 * title and a link home. 401 is the accounts feature's login page.
 */
const ErrorViews = {
  403: errorView(403, 'forbidden'),
  404: NotFoundView,
  408: errorView(408, 'timeout'),
  500: errorView(500, 'serverError'),
};

export default ErrorViews;
