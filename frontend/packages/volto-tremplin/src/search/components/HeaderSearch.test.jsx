import { act, fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { renderInLanguage } from '../../testing/intl';
import HeaderSearch from './HeaderSearch';

function renderAt(path, language = 'fr') {
  return renderInLanguage(
    <>
      <HeaderSearch />
      <Route
        path="*"
        render={({ location }) => (
          <p data-testid="location">
            {location.pathname}
            {location.search}
          </p>
        )}
      />
    </>,
    { language, path },
  );
}

describe('HeaderSearch', () => {
  it.each([
    ['/fr/entreprises/delices-tropicaux-du-senegal', 'fr', '/fr/search'],
    ['/en/companies', 'en', '/en/search'],
    ['/login', 'en', '/en/search'],
  ])(
    'from %s opens the results page of the language root',
    async (path, language, target) => {
      renderAt(path, language);
      const field = screen.getByRole('searchbox');
      expect(field).toHaveAttribute('name', 'SearchableText');
      expect(field.closest('form')).toHaveAttribute('action', target);

      fireEvent.change(field, { target: { value: 'jus de mangue' } });
      await act(async () => {
        fireEvent.submit(field.closest('form'));
      });
      expect(screen.getByTestId('location')).toHaveTextContent(
        `${target}?SearchableText=jus+de+mangue`,
      );
      expect(field).toHaveValue('');
    },
  );
});
