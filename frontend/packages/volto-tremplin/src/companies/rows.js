/**
 * The rows of the Company's `products` and `missions` fields (backend:
 * IProductRow and IMissionRow, stored by collective.z3cform.datagridfield) as
 * Volto's ObjectListWidget edits them: a schema per row type, and the
 * conversions between the rows the backend sends and those the widget keeps.
 */
import messages from './messages';

export const FIRST_MISSION_YEAR = 1970;
export const LAST_MISSION_YEAR = 2100;

/** The key under which ObjectListWidget identifies a row. */
export const ROW_ID = '@id';

/** Schema of one product row, with translated titles. */
export function productSchema(intl) {
  return {
    title: intl.formatMessage(messages.product),
    addMessage: intl.formatMessage(messages.addProduct),
    fieldsets: [
      { id: 'default', title: 'default', fields: ['name', 'description'] },
    ],
    properties: {
      name: { title: intl.formatMessage(messages.productName) },
      description: {
        title: intl.formatMessage(messages.productDescription),
        widget: 'textarea',
      },
    },
    required: ['name'],
  };
}

/** Schema of one mission row, with translated titles. */
export function missionSchema(intl) {
  return {
    title: intl.formatMessage(messages.mission),
    addMessage: intl.formatMessage(messages.addMission),
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
 * A row as the backend expects it: the schema's fields only (not the
 * widget's row id, nor keys the backend would drop), with its integer fields
 * as numbers.
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
 * The rows with a row id each, taken from `ids` by position or made by
 * `newId()` for the rows that have none yet.
 */
export function withRowIds(rows, ids, newId) {
  return rows.map((row, index) => ({
    ...row,
    [ROW_ID]: ids[index] ?? newId(),
  }));
}
