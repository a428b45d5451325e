import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import messages from '../messages';
import { productSchema } from '../rows';
import RowsWidget from './RowsWidget';

/** The Company's products and services (widget `company_products`). */
const ProductsWidget = (props) => {
  const intl = useIntl();
  const schema = useMemo(() => productSchema(intl), [intl]);
  return (
    <RowsWidget {...props} schema={schema} moveMessage={messages.moveProduct} />
  );
};

export default ProductsWidget;
