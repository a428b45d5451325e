import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import messages from '../messages';
import { productSchema } from '../rows';
import RowsWidget from './RowsWidget';

const TEXTS = {
  row: messages.productNumber,
  add: messages.addProduct,
  moveUp: messages.moveProductUp,
  moveDown: messages.moveProductDown,
  remove: messages.removeProduct,
  removed: messages.productRemoved,
};

/** The Company's products and services (widget `company_products`). */
const ProductsWidget = (props) => {
  const intl = useIntl();
  const schema = useMemo(() => productSchema(intl), [intl]);
  return <RowsWidget {...props} schema={schema} texts={TEXTS} />;
};

export default ProductsWidget;
