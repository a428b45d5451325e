import { useState } from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import config from '@plone/volto/registry';
import NumberWidget from '@plone/volto/components/manage/Widgets/NumberWidget';
import TextWidget from '@plone/volto/components/manage/Widgets/TextWidget';
import TextareaWidget from '@plone/volto/components/manage/Widgets/TextareaWidget';
import { renderInLanguage } from '../../testing/intl';
import { DELICES_TROPICAUX } from '../fixtures';
import MissionsWidget from './MissionsWidget';
import ProductsWidget from './ProductsWidget';

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

const THREE_PRODUCTS = [
  ...DELICES_TROPICAUX.products,
  { name: 'Confiture de mangue', description: 'Pot de 250 g.' },
];

/** The widget in a form that keeps its value, as Volto's Form does. */
function renderWidget(Widget, { id, value, language = 'fr', ...props }) {
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
        {...props}
      />
    );
  };
  renderInLanguage(<Form />, { language });
  return onChange;
}

/** The rows handed to the form by the last change. */
const lastRows = (onChange) => onChange.mock.calls.at(-1)[1];

const row = (name) => screen.getByRole('group', { name });
const button = (name) => screen.getByRole('button', { name });
const status = () => screen.getByRole('status');

/** The product names, in the order the rows show them. */
const shownNames = () =>
  screen
    .getAllByRole('textbox', { name: 'Produit ou service' })
    .map((input) => input.value);

describe('ProductsWidget', () => {
  it('shows every row as a named group of translated fields', () => {
    renderWidget(ProductsWidget, {
      id: 'products',
      title: 'Produits et services',
      value: DELICES_TROPICAUX.products,
    });

    expect(
      screen.getByRole('group', { name: 'Produits et services' }),
    ).toBeInTheDocument();
    expect(
      within(row('Produit 1')).getByRole('textbox', {
        name: 'Produit ou service',
      }),
    ).toHaveValue('Mangue séchée');
    expect(
      within(row('Produit 2')).getByRole('textbox', { name: 'Description' }),
    ).toHaveValue('Infusion d’hibiscus pasteurisée.');
    expect(button('Ajouter un produit')).toBeVisible();
    expect(status()).toHaveAttribute('aria-live', 'polite');
    expect(status()).toBeEmptyDOMElement();
  });

  it('names every control after its row; none submits the form', () => {
    renderWidget(ProductsWidget, {
      id: 'products',
      value: DELICES_TROPICAUX.products,
    });

    expect(
      within(row('Produit 1'))
        .getAllByRole('button')
        .map((control) => control.getAttribute('aria-label')),
    ).toEqual([
      'Monter le produit 1',
      'Descendre le produit 1',
      'Supprimer le produit 1',
    ]);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((control) => control.getAttribute('type'))).toEqual(
      buttons.map(() => 'button'),
    );
    for (const control of [...buttons, ...screen.getAllByRole('textbox')]) {
      expect(control).toHaveAccessibleName();
    }
    // A row at an end cannot move past it.
    expect(button('Monter le produit 1')).toBeDisabled();
    expect(button('Descendre le produit 1')).toBeEnabled();
    expect(button('Monter le produit 2')).toBeEnabled();
    expect(button('Descendre le produit 2')).toBeDisabled();
  });

  it('moves a row down, announces it and keeps the focus on it', () => {
    const onChange = renderWidget(ProductsWidget, {
      id: 'products',
      value: THREE_PRODUCTS,
    });
    const moved = button('Descendre le produit 1');
    moved.focus();

    fireEvent.click(moved);

    expect(lastRows(onChange)).toEqual([
      THREE_PRODUCTS[1],
      THREE_PRODUCTS[0],
      THREE_PRODUCTS[2],
    ]);
    expect(shownNames()).toEqual([
      'Jus de bissap',
      'Mangue séchée',
      'Confiture de mangue',
    ]);
    expect(status()).toHaveTextContent(
      '« Mangue séchée » est maintenant en position 2 sur 3',
    );
    // The same button, now the second row's: press again to go on moving.
    expect(button('Descendre le produit 2')).toHaveFocus();
  });

  it('moves the focus to the other arrow when the row reaches an end', () => {
    const onChange = renderWidget(ProductsWidget, {
      id: 'products',
      value: THREE_PRODUCTS,
    });

    fireEvent.click(button('Monter le produit 2'));

    expect(lastRows(onChange).map(({ name }) => name)).toEqual([
      'Jus de bissap',
      'Mangue séchée',
      'Confiture de mangue',
    ]);
    expect(status()).toHaveTextContent(
      '« Jus de bissap » est maintenant en position 1 sur 3',
    );
    expect(button('Monter le produit 1')).toBeDisabled();
    expect(button('Descendre le produit 1')).toHaveFocus();
  });

  it('keeps what was typed in a row that moves', () => {
    const onChange = renderWidget(ProductsWidget, {
      id: 'products',
      value: DELICES_TROPICAUX.products,
    });
    fireEvent.change(
      within(row('Produit 2')).getByRole('textbox', {
        name: 'Produit ou service',
      }),
      { target: { value: 'Jus de bissap bio' } },
    );

    fireEvent.click(button('Monter le produit 2'));

    expect(lastRows(onChange)).toEqual([
      { ...DELICES_TROPICAUX.products[1], name: 'Jus de bissap bio' },
      DELICES_TROPICAUX.products[0],
    ]);
    expect(shownNames()).toEqual(['Jus de bissap bio', 'Mangue séchée']);
  });

  it('removes a row, announces it and focuses the next row', () => {
    const onChange = renderWidget(ProductsWidget, {
      id: 'products',
      value: THREE_PRODUCTS,
    });

    fireEvent.click(button('Supprimer le produit 1'));

    expect(lastRows(onChange)).toEqual(THREE_PRODUCTS.slice(1));
    expect(screen.queryByRole('group', { name: 'Produit 3' })).toBeNull();
    expect(status()).toHaveTextContent('Produit « Mangue séchée » supprimé');
    expect(button('Supprimer le produit 1')).toHaveFocus();
  });

  it('focuses the previous row, then the add button, as rows go', () => {
    const onChange = renderWidget(ProductsWidget, {
      id: 'products',
      value: DELICES_TROPICAUX.products,
    });

    fireEvent.click(button('Supprimer le produit 2'));
    expect(button('Supprimer le produit 1')).toHaveFocus();

    fireEvent.click(button('Supprimer le produit 1'));
    expect(lastRows(onChange)).toEqual([]);
    expect(button('Ajouter un produit')).toHaveFocus();
    expect(screen.queryByRole('group', { name: 'Produit 1' })).toBeNull();
  });

  it('adds a row and puts the focus in its first field', () => {
    const onChange = renderWidget(ProductsWidget, {
      id: 'products',
      value: DELICES_TROPICAUX.products,
    });

    fireEvent.click(button('Ajouter un produit'));
    const name = within(row('Produit 3')).getByRole('textbox', {
      name: 'Produit ou service',
    });
    expect(name).toHaveFocus();
    fireEvent.change(name, { target: { value: 'Confiture de mangue' } });

    expect(onChange).toHaveBeenLastCalledWith('products', [
      ...DELICES_TROPICAUX.products,
      { name: 'Confiture de mangue' },
    ]);
  });

  it('starts empty with only the add button', () => {
    renderWidget(ProductsWidget, { id: 'products', value: null });

    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('ties the help text and the server error to the group', () => {
    renderWidget(ProductsWidget, {
      id: 'products',
      title: 'Produits et services',
      description: 'Vos principaux produits.',
      error: ['Ligne 1 : le nom est obligatoire.'],
      value: [],
    });

    expect(
      screen.getByRole('group', { name: 'Produits et services' }),
    ).toHaveAccessibleDescription(
      'Vos principaux produits. Ligne 1 : le nom est obligatoire.',
    );
  });
});

describe('MissionsWidget', () => {
  it('speaks English and takes the year as an integer', () => {
    const onChange = renderWidget(MissionsWidget, {
      id: 'missions',
      value: DELICES_TROPICAUX.missions,
      language: 'en',
    });

    const mission = within(row('Mission 1'));
    const year = mission.getByRole('spinbutton', { name: 'Year' });
    expect(year).toHaveAttribute('min', '1970');
    expect(year).toHaveAttribute('max', '2100');
    expect(year).toHaveValue(2023);
    expect(mission.getByRole('textbox', { name: 'Mission' })).toHaveValue(
      'Mission économique de la Francophonie',
    );
    expect(mission.getByRole('textbox', { name: 'Destination' })).toHaveValue(
      'Vietnam',
    );
    expect(button('Move mission 1 up')).toBeDisabled();
    expect(button('Remove mission 1')).toBeEnabled();

    fireEvent.change(year, { target: { value: '2024' } });

    expect(lastRows(onChange)).toEqual([
      { ...DELICES_TROPICAUX.missions[0], year: 2024 },
    ]);
    expect(typeof lastRows(onChange)[0].year).toBe('number');
  });

  it('adds, moves and removes missions in French', () => {
    const onChange = renderWidget(MissionsWidget, {
      id: 'missions',
      value: DELICES_TROPICAUX.missions,
    });

    fireEvent.click(button('Ajouter une mission'));
    const added = within(row('Mission 2'));
    fireEvent.change(added.getByRole('spinbutton', { name: 'Année' }), {
      target: { value: '2025' },
    });
    fireEvent.change(added.getByRole('textbox', { name: 'Mission' }), {
      target: { value: 'Salon de Montréal' },
    });
    fireEvent.click(button('Monter la mission 2'));

    expect(lastRows(onChange)).toEqual([
      { year: 2025, name: 'Salon de Montréal' },
      DELICES_TROPICAUX.missions[0],
    ]);
    expect(status()).toHaveTextContent(
      '« Salon de Montréal » est maintenant en position 1 sur 2',
    );

    fireEvent.click(button('Supprimer la mission 1'));
    expect(status()).toHaveTextContent(
      'Mission « Salon de Montréal » supprimée',
    );
    expect(lastRows(onChange)).toEqual(DELICES_TROPICAUX.missions);
  });
});
