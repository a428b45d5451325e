import { FormattedMessage } from 'react-intl';
import messages from '../messages';

// Volto renders a control panel's title as given: an element follows the
// language of the interface where a string could not.
export const tagsTitle = <FormattedMessage {...messages.title} />;
