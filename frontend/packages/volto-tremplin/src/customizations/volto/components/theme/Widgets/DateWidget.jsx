// Shadowed because Volto's view widget formats with moment.js, and its
// import puts moment and its locales into the script every page loads
// (issue 12). Same markup; the text comes from the browser's Intl.
import cx from 'classnames';
import { useSelector } from 'react-redux';
import { formatWidgetDate } from 'volto-tremplin/site/dates';

const DateWidget = ({ value, children, className }) => {
  const locale = useSelector((state) => state.intl.locale);
  if (!value) {
    return '';
  }
  const text = formatWidgetDate(value, locale);
  return (
    <span className={cx(className, 'date', 'widget')}>
      {children ? children(text) : text}
    </span>
  );
};

export default DateWidget;
