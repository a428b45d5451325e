import { fireEvent, screen, within } from '@testing-library/react';
import { renderInLanguage } from '../../testing/intl';
import FacetGroup from './FacetGroup';

const tags = Array.from({ length: 10 }, (_, index) => ({
  token: `tag ${index}`,
  title: `tag ${index}`,
  count: 10 - index,
}));

describe('FacetGroup', () => {
  it('shows the first values of a long list and the selected ones, then all', () => {
    renderInLanguage(
      <FacetGroup
        facet="tag"
        values={tags}
        selected={['tag 8']}
        onToggle={() => null}
      />,
    );
    const group = screen.getByRole('group', { name: 'Keywords' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(7);
    expect(
      within(group).getByRole('checkbox', { name: 'tag 8 (2)' }).checked,
    ).toBe(true);

    const more = within(group).getByRole('button', { name: 'Show all (10)' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);

    expect(within(group).getAllByRole('checkbox')).toHaveLength(10);
    expect(
      within(group)
        .getByRole('button', { name: 'Show fewer' })
        .getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('keeps a selected value the server did not list, to untick it', () => {
    const onToggle = jest.fn();
    renderInLanguage(
      <FacetGroup
        facet="country"
        values={[{ token: 'CI', title: 'Côte d’Ivoire', count: 3 }]}
        selected={['SN']}
        onToggle={onToggle}
      />,
    );

    fireEvent.click(screen.getByRole('checkbox', { name: 'SN (0)' }));
    expect(onToggle).toHaveBeenCalledWith('country', 'SN', false);
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Côte d’Ivoire (3)' }),
    );
    expect(onToggle).toHaveBeenCalledWith('country', 'CI', true);
  });

  it('shows nothing for a facet without values', () => {
    const { container } = renderInLanguage(
      <FacetGroup
        facet="region"
        values={[]}
        selected={[]}
        onToggle={() => null}
      />,
    );
    expect(container.innerHTML).toBe('');
  });
});
