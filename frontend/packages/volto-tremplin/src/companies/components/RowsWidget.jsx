import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import ObjectListWidget from '@plone/volto/components/manage/Widgets/ObjectListWidget';
import { ROW_ID, toBackendRow, withRowIds } from '../rows';
import './RowsWidget.scss';

const DRAGGABLE_ID = 'data-rbd-draggable-id';
const DRAG_HANDLE = '[data-rbd-drag-handle-draggable-id]';

/** True unless the browser says the focus came from a pointer. */
function isKeyboardFocus(element) {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true; // Browsers (and jsdom) without :focus-visible.
  }
}

/**
 * Volto's ObjectListWidget for a list of rows (a datagrid field), with what
 * it lacks when rows come from plone.restapi and the widget sits in a form:
 *
 * - ObjectListWidget only shows rows that carry an `@id`, and the backend
 *   stores none: each row gets one here, kept by position across edits, and
 *   the rows handed to the form go without it;
 * - integer fields of the row schema reach the form as numbers (Volto's
 *   NumberWidget hands over text);
 * - its buttons have no `type`, so inside the edit form they are submit
 *   buttons (Enter in any field of the tab would "click" the first one) and
 *   its drag handles have no name: both are set on the rendered DOM;
 * - a row's title only opens with a mouse: keyboard focus on a row's
 *   controls opens that row, so its fields can be reached with Tab.
 *
 * Rows move with the mouse only: react-beautiful-dnd ignores keyboard drags
 * that start on a <button>, and ObjectListWidget's drag handle is one.
 */
const RowsWidget = (props) => {
  const { id, value, onChange, schema, moveMessage } = props;
  const intl = useIntl();
  const rootRef = useRef(null);
  const rowIds = useRef([]);
  const idCount = useRef(0);

  const rows = withRowIds(
    Array.isArray(value) ? value : [],
    rowIds.current,
    () => {
      idCount.current += 1;
      return `${id}-row-${idCount.current}`;
    },
  );
  rowIds.current = rows.map((row) => row[ROW_ID]);

  const [activeObject, setActiveObject] = useState(rows.length - 1);

  const handleChange = (fieldId, newRows) => {
    rowIds.current = newRows.map((row) => row[ROW_ID]);
    onChange(
      fieldId,
      newRows.map((row) => toBackendRow(schema, row)),
    );
  };

  const openFocusedRow = (event) => {
    const row = event.target.closest?.(`[${DRAGGABLE_ID}]`);
    const index = row
      ? rowIds.current.indexOf(row.getAttribute(DRAGGABLE_ID))
      : -1;
    if (index >= 0 && index !== activeObject && isKeyboardFocus(event.target)) {
      setActiveObject(index);
    }
  };

  useEffect(() => {
    const root = rootRef.current;
    const fixControls = () => {
      root.querySelectorAll('button:not([type])').forEach((button) => {
        button.setAttribute('type', 'button');
      });
      root.querySelectorAll(DRAG_HANDLE).forEach((handle, index) => {
        const label = intl.formatMessage(moveMessage, { number: index + 1 });
        if (handle.getAttribute('aria-label') !== label) {
          handle.setAttribute('aria-label', label);
        }
      });
    };
    fixControls();
    // Rows are added, removed and moved, and the drag and drop library
    // loads lazily, without this component rendering again.
    const observer = new MutationObserver(fixControls);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [intl, moveMessage]);

  return (
    <div className="company-rows-widget" ref={rootRef} onFocus={openFocusedRow}>
      <ObjectListWidget
        {...props}
        value={rows}
        onChange={handleChange}
        schema={schema}
        activeObject={activeObject}
        setActiveObject={setActiveObject}
      />
    </div>
  );
};

RowsWidget.propTypes = {
  id: PropTypes.string.isRequired,
  value: PropTypes.arrayOf(PropTypes.object),
  onChange: PropTypes.func.isRequired,
  schema: PropTypes.object.isRequired,
  moveMessage: PropTypes.shape({ id: PropTypes.string }).isRequired,
};

export default RowsWidget;
