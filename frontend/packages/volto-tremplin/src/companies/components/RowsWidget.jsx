import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import ObjectWidget from '@plone/volto/components/manage/Widgets/ObjectWidget';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import addSVG from '@plone/volto/icons/add.svg';
import deleteSVG from '@plone/volto/icons/delete.svg';
import downSVG from '@plone/volto/icons/down-key.svg';
import upSVG from '@plone/volto/icons/up-key.svg';
import messages from '../messages';
import { keysForLength, moveItem, removeItem, toBackendRow } from '../rows';
import './RowsWidget.scss';

const rowSelector = (key) => `[data-row-key="${key}"]`;

/** A control of the widget by its class: the row controls and the add button. */
const CONTROL = {
  up: 'company-row-up',
  down: 'company-row-down',
  remove: 'company-row-remove',
  add: 'company-rows-add',
};

/**
 * An editable list of rows (a datagrid field of the backend), each row a
 * <fieldset> of the fields of `schema` rendered by Volto's ObjectWidget.
 *
 * Every row has buttons to move it up or down and to remove it, named after
 * the row ("Monter le produit 1"), so the order changes with the keyboard as
 * with the mouse (WCAG 2.1.1). The result of each action is announced in a
 * polite status region, and the focus stays on the moved row's control (or
 * the next sensible one), as the button pressed may have moved or gone.
 *
 * The form gets plain rows of the schema's fields (see rows.js): no widget
 * state travels to the backend. Rows keep a React key by position, moved
 * along with them, so a moved row keeps its DOM (and the focus).
 */
const RowsWidget = ({
  id,
  title,
  description,
  error,
  value,
  onChange,
  schema,
  texts,
}) => {
  const intl = useIntl();
  const rootRef = useRef(null);
  const keyCount = useRef(0);
  const keys = useRef([]);
  const [status, setStatus] = useState('');
  // CSS selectors, tried in order, of the control to focus after an action.
  const [focusTarget, setFocusTarget] = useState(null);

  const rows = Array.isArray(value) ? value : [];
  const newKey = () => {
    keyCount.current += 1;
    return `${id}-row-${keyCount.current}`;
  };
  keys.current = keysForLength(keys.current, rows.length, newKey);

  useEffect(() => {
    const control = focusTarget
      ?.filter(Boolean)
      .map((selector) => rootRef.current?.querySelector(selector))
      .find(Boolean);
    control?.focus();
  }, [focusTarget]);

  const commit = (newKeys, newRows) => {
    keys.current = newKeys;
    onChange(
      id,
      newRows.map((row) => toBackendRow(schema, row)),
    );
  };

  const nameOf = (row, index) =>
    (typeof row?.name === 'string' && row.name.trim()) ||
    intl.formatMessage(texts.row, { number: index + 1 });

  const move = (from, to) => {
    const key = keys.current[from];
    const [pressed, other] = to < from ? ['up', 'down'] : ['down', 'up'];
    commit(moveItem(keys.current, from, to), moveItem(rows, from, to));
    setStatus(
      intl.formatMessage(messages.rowMoved, {
        name: nameOf(rows[from], to),
        position: to + 1,
        count: rows.length,
      }),
    );
    // The button pressed is disabled once the row reaches an end.
    setFocusTarget([
      `${rowSelector(key)} .${CONTROL[pressed]}:enabled`,
      `${rowSelector(key)} .${CONTROL[other]}:enabled`,
    ]);
  };

  const remove = (index) => {
    const nextKey = keys.current[index + 1] ?? keys.current[index - 1];
    commit(removeItem(keys.current, index), removeItem(rows, index));
    setStatus(
      intl.formatMessage(texts.removed, { name: nameOf(rows[index], index) }),
    );
    setFocusTarget([
      nextKey && `${rowSelector(nextKey)} .${CONTROL.remove}`,
      `.${CONTROL.add}`,
    ]);
  };

  const add = () => {
    const key = newKey();
    commit([...keys.current, key], [...rows, {}]);
    setStatus('');
    setFocusTarget([`${rowSelector(key)} input, ${rowSelector(key)} textarea`]);
  };

  const changeRow = (index, row) =>
    commit(
      keys.current,
      rows.map((current, position) => (position === index ? row : current)),
    );

  const descriptionId = description ? `${id}-rows-description` : null;
  const errorId = error?.length ? `${id}-rows-error` : null;

  return (
    <div className={`company-rows-widget field-wrapper-${id}`} ref={rootRef}>
      <fieldset
        className="company-rows"
        aria-describedby={
          [descriptionId, errorId].filter(Boolean).join(' ') || undefined
        }
      >
        <legend className="company-rows-title">{title}</legend>
        {description && (
          <p className="company-rows-help" id={descriptionId}>
            {description}
          </p>
        )}
        {rows.length > 0 && (
          <ol className="company-rows-list">
            {rows.map((row, index) => (
              <Row
                key={keys.current[index]}
                rowKey={keys.current[index]}
                id={`${id}-${index}`}
                index={index}
                count={rows.length}
                row={row}
                schema={schema}
                texts={texts}
                onMove={move}
                onRemove={remove}
                onChange={changeRow}
              />
            ))}
          </ol>
        )}
        <button
          type="button"
          className={`ui basic button ${CONTROL.add}`}
          onClick={add}
        >
          <Icon name={addSVG} size="18px" ariaHidden />
          {intl.formatMessage(texts.add)}
        </button>
        {errorId && (
          <p className="company-rows-error" id={errorId}>
            {error.join(' ')}
          </p>
        )}
        <p className="company-rows-status" role="status" aria-live="polite">
          {status}
        </p>
      </fieldset>
    </div>
  );
};

/**
 * One row, a <fieldset> named by its number ("Produit 1"): its move and
 * remove buttons, then its fields.
 */
const Row = ({
  rowKey,
  id,
  index,
  count,
  row,
  schema,
  texts,
  onMove,
  onRemove,
  onChange,
}) => {
  const intl = useIntl();
  const label = (message) => intl.formatMessage(message, { number: index + 1 });
  return (
    <li className="company-row" data-row-key={rowKey}>
      <fieldset>
        <legend className="company-row-title">{label(texts.row)}</legend>
        <div className="company-row-tools">
          <RowButton
            className={CONTROL.up}
            label={label(texts.moveUp)}
            icon={upSVG}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          />
          <RowButton
            className={CONTROL.down}
            label={label(texts.moveDown)}
            icon={downSVG}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          />
          <RowButton
            className={CONTROL.remove}
            label={label(texts.remove)}
            icon={deleteSVG}
            onClick={() => onRemove(index)}
          />
        </div>
        <ObjectWidget
          id={id}
          schema={schema}
          value={row}
          onChange={(objectId, newRow) => onChange(index, newRow)}
        />
      </fieldset>
    </li>
  );
};

/** An icon button of a row; its name says what it does to which row. */
const RowButton = ({ className, label, icon, disabled = false, onClick }) => (
  <button
    type="button"
    className={`company-row-button ${className}`}
    aria-label={label}
    title={label}
    disabled={disabled}
    onClick={onClick}
  >
    <Icon name={icon} size="24px" ariaHidden />
  </button>
);

const messageShape = PropTypes.shape({ id: PropTypes.string.isRequired });

RowsWidget.propTypes = {
  id: PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  description: PropTypes.string,
  error: PropTypes.arrayOf(PropTypes.string),
  value: PropTypes.arrayOf(PropTypes.object),
  onChange: PropTypes.func.isRequired,
  schema: PropTypes.object.isRequired,
  texts: PropTypes.shape({
    row: messageShape.isRequired,
    add: messageShape.isRequired,
    moveUp: messageShape.isRequired,
    moveDown: messageShape.isRequired,
    remove: messageShape.isRequired,
    removed: messageShape.isRequired,
  }).isRequired,
};

export default RowsWidget;
