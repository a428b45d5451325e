import { useState } from 'react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import config from '@plone/volto/registry';
import NumberWidget from '@plone/volto/components/manage/Widgets/NumberWidget';
import TextWidget from '@plone/volto/components/manage/Widgets/TextWidget';
import TextareaWidget from '@plone/volto/components/manage/Widgets/TextareaWidget';
import { renderInLanguage } from '../../testing/intl';
import { DELICES_TROPICAUX } from '../fixtures';
import MissionsWidget from './MissionsWidget';
import ProductsWidget from './ProductsWidget';

// Volto loads react-beautiful-dnd lazily; the tests hand it over at once.
jest.mock('@plone/volto/helpers/Loadable/Loadable', () => {
  const { createElement } = jest.requireActual('react');
  const reactBeautifulDnd = jest.requireActual('react-beautiful-dnd');
  return {
    ...jest.requireActual('@plone/volto/helpers/Loadable/Loadable'),
    injectLazyLibs: () => (Component) => (props) =>
      createElement(Component, { ...props, reactBeautifulDnd }),
  };
});

// ObjectWidget takes Field from Volto's Form barrel, where it loads lazily.
jest.mock('@plone/volto/components/manage/Form', () => ({
  Field: jest.requireActual('@plone/volto/components/manage/Form/Field')
    .default,
}));

// Volto's test config mocks every widget; the rows use the real ones.
beforeAll(() => {
  config.widgets.default = TextWidget;
  config.widgets.widget.textarea = TextareaWidget;
  config.widgets.type.integer = NumberWidget;
});

/** The widget in a form that keeps its value, as Volto's Form does. */
function renderWidget(Widget, { id, value, language = 'fr' }) {
  const onChange = jest.fn();
  const Form = () => {
    const [rows, setRows] = useState(value);
    return (
      <Widget
        id={id}
        title={id}
        fieldSet="default"
        value={rows}
        onChange={(fieldId, newRows) => {
          onChange(fieldId, newRows);
          setRows(newRows);
        }}
      />
    );
  };
  renderInLanguage(<Form />, { language });
  return onChange;
}

/** The open row: ObjectListWidget hides the others with CSS only. */
const openRow = () => within(document.querySelector('.content.active'));

/** The rows handed to the form by the last change. */
const lastRows = (onChange) => onChange.mock.calls.at(-1)[1];

describe('ProductsWidget', () => {
  it('shows the stored rows with translated labels', () => {
    renderWidget(ProductsWidget, {
      id: 'products',
      value: DELICES_TROPICAUX.products,
    });

    expect(screen.getByText('Produit #1')).toBeInTheDocument();
    expect(screen.getByText('Produit #2')).toBeInTheDocument();
    // The last row is open.
    expect(openRow().getByLabelText('Produit ou service')).toHaveValue(
      'Jus de bissap',
    );
    expect(openRow().getByLabelText('Description')).toHaveValue(
      'Infusion d’hibiscus pasteurisée.',
    );
    expect(
      screen.getByRole('button', { name: 'Ajouter un produit' }),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Déplacer le produit #2' }),
    ).toBeInTheDocument();
  });

  it('gives every control a name and no submit button', () => {
    renderWidget(ProductsWidget, {
      id: 'products',
      value: DELICES_TROPICAUX.products,
    });

    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.getAttribute('type'))).toEqual(
      buttons.map(() => 'button'),
    );
    for (const control of [...buttons, ...screen.getAllByRole('textbox')]) {
      expect(control).toHaveAccessibleName();
    }
  });

  it('hands the form rows without the widget’s row ids', () => {
    const onChange = renderWidget(ProductsWidget, {
      id: 'products',
      value: DELICES_TROPICAUX.products,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un produit' }));
    fireEvent.change(openRow().getByLabelText('Produit ou service'), {
      target: { value: 'Confiture de mangue' },
    });

    expect(onChange).toHaveBeenLastCalledWith('products', [
      ...DELICES_TROPICAUX.products,
      { name: 'Confiture de mangue' },
    ]);
  });

  it('removes a row', () => {
    const onChange = renderWidget(ProductsWidget, {
      id: 'products',
      value: DELICES_TROPICAUX.products,
    });

    fireEvent.click(
      screen.getByRole('button', { name: "Supprimer l'élément #1" }),
    );

    expect(lastRows(onChange)).toEqual([DELICES_TROPICAUX.products[1]]);
    expect(screen.queryByText('Produit #2')).toBeNull();
  });

  it('opens the row whose controls get the keyboard focus', () => {
    renderWidget(ProductsWidget, {
      id: 'products',
      value: DELICES_TROPICAUX.products,
    });

    act(() => {
      screen.getByRole('button', { name: 'Déplacer le produit #1' }).focus();
    });

    expect(openRow().getByLabelText('Produit ou service')).toHaveValue(
      'Mangue séchée',
    );
  });

  it('starts empty with only the add button', () => {
    renderWidget(ProductsWidget, { id: 'products', value: null });

    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.queryByLabelText('Produit ou service')).toBeNull();
  });
});

describe('MissionsWidget', () => {
  it('speaks English and takes the year as an integer', () => {
    const onChange = renderWidget(MissionsWidget, {
      id: 'missions',
      value: DELICES_TROPICAUX.missions,
      language: 'en',
    });

    expect(screen.getByText('Mission #1')).toBeInTheDocument();
    const year = screen.getByLabelText('Year');
    expect(year).toHaveAttribute('type', 'number');
    expect(year).toHaveAttribute('min', '1970');
    expect(year).toHaveAttribute('max', '2100');
    expect(year).toHaveValue(2023);
    expect(screen.getByLabelText('Mission')).toHaveValue(
      'Mission économique de la Francophonie',
    );
    expect(screen.getByLabelText('Destination')).toHaveValue('Vietnam');

    fireEvent.change(year, { target: { value: '2024' } });

    expect(lastRows(onChange)).toEqual([
      { ...DELICES_TROPICAUX.missions[0], year: 2024 },
    ]);
    expect(typeof lastRows(onChange)[0].year).toBe('number');
  });

  it('adds a mission row with French labels', async () => {
    const onChange = renderWidget(MissionsWidget, {
      id: 'missions',
      value: [],
    });

    fireEvent.click(
      screen.getByRole('button', { name: 'Ajouter une mission' }),
    );
    const row = screen.getByText('Mission #1').closest('.accordion');
    fireEvent.change(within(row).getByLabelText('Année'), {
      target: { value: '2025' },
    });
    fireEvent.change(within(row).getByLabelText('Mission'), {
      target: { value: 'Salon de Montréal' },
    });

    expect(lastRows(onChange)).toEqual([
      { year: 2025, name: 'Salon de Montréal' },
    ]);
    // Drag handles are named once the DOM has changed.
    expect(
      await within(row).findByRole('button', {
        name: 'Déplacer la mission #1',
      }),
    ).toBeInTheDocument();
  });
});
