import { screen, waitFor } from '@testing-library/react';
import { renderInLanguage } from '../../../testing/intl';
import ExternalLoginSlot from './ExternalLoginSlot';

describe('ExternalLoginSlot', () => {
  it('adds nothing to the form of a site without a provider', () => {
    const { container } = renderInLanguage(<ExternalLoginSlot />, {
      state: { externalLoginOptions: { providers: [], loaded: true } },
    });

    expect(container).toBeEmptyDOMElement();
  });

  it('loads the buttons once a provider is known', async () => {
    renderInLanguage(<ExternalLoginSlot />, {
      path: '/en/login',
      state: {
        externalLoginOptions: {
          providers: [{ id: 'oif', title: 'Annuaire OIF' }],
          loaded: true,
        },
      },
    });

    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Continue with Annuaire OIF' }),
      ).toBeInTheDocument(),
    );
  });
});
