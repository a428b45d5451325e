/**
 * The rows of the Company's `products` and `missions` fields (backend:
 * IProductRow and IMissionRow, stored by collective.z3cform.datagridfield) as
 * RowsWidget edits them: a schema per row type (the shape Volto's
 * ObjectWidget renders), the conversion of a row into what the backend
 * expects, and the list operations of the widget.
 */
import messages from './messages';

export const FIRST_MISSION_YEAR = 1970;
export const LAST_MISSION_YEAR = 2100;

/** Schema of one product row, with translated titles. */
export function productSchema(intl) {
  return {
    fieldsets: [
      {
        id: 'default',
        title: 'default',
        fields: ['name', 'description', 'hs_code'],
      },
    ],
    properties: {
      name: { title: intl.formatMessage(messages.productName) },
      description: {
        title: intl.formatMessage(messages.productDescription),
        widget: 'textarea',
      },
      hs_code: {
        title: intl.formatMessage(messages.hsCode),
        description: intl.formatMessage(messages.hsCodeHelp),
      },
    },
    required: ['name'],
  };
}

/** Schema of one mission row, with translated titles. */
export function missionSchema(intl) {
  return {
    fieldsets: [
      {
        id: 'default',
        title: 'default',
        fields: ['year', 'name', 'destination'],
      },
    ],
    properties: {
      year: {
        title: intl.formatMessage(messages.missionYear),
        type: 'integer',
        minimum: FIRST_MISSION_YEAR,
        maximum: LAST_MISSION_YEAR,
        step: 1,
      },
      name: { title: intl.formatMessage(messages.missionName) },
      destination: { title: intl.formatMessage(messages.missionDestination) },
    },
    required: ['year', 'name'],
  };
}

/**
 * `value` as a number when it is an integer written as text (Volto's
 * NumberWidget hands over the input's text); anything else unchanged, so
 * the backend reports it.
 */
export function asInteger(value) {
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) {
    return Number(value);
  }
  return value;
}

/**
 * A row as the backend expects it: a plain object of the schema's fields
 * only (no keys the backend would drop), with its integer fields as numbers.
 */
export function toBackendRow(schema, row) {
  const fields = {};
  for (const [name, field] of Object.entries(schema.properties)) {
    if (row && name in row) {
      fields[name] =
        field.type === 'integer' ? asInteger(row[name]) : row[name];
    }
  }
  return fields;
}

/**
 * The list with the item at `from` moved to `to` (both in range); a new
 * array, the list itself unchanged.
 */
export function moveItem(list, from, to) {
  const moved = [...list];
  const [item] = moved.splice(from, 1);
  moved.splice(to, 0, item);
  return moved;
}

/** The list without the item at `index`; a new array. */
export function removeItem(list, index) {
  return list.filter((item, position) => position !== index);
}

/**
 * `keys` made `length` long: the existing keys kept by position, the
 * missing ones made by `newKey()`, the extra ones dropped.
 */
export function keysForLength(keys, length, newKey) {
  return Array.from({ length }, (unused, index) => keys[index] ?? newKey());
}
