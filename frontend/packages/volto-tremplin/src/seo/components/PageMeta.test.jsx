import { render, waitFor } from '@testing-library/react';
import PageMeta from './PageMeta';

const meta = (name) =>
  document.head.querySelector(`meta[name="${name}"]`)?.getAttribute('content');

describe('PageMeta', () => {
  it('gives a public page its title and description, indexable', async () => {
    render(
      <PageMeta
        title="Connexion"
        description="Connectez-vous à Tremplin <script>"
      />,
    );

    await waitFor(() => expect(document.title).toBe('Connexion'));
    // Helmet sets an attribute: what the user typed is never markup.
    expect(meta('description')).toBe('Connectez-vous à Tremplin <script>');
    expect(meta('robots')).toBeUndefined();
  });

  it('marks a member page noindex, without a description', async () => {
    render(<PageMeta title="Modération" noindex />);

    await waitFor(() => expect(meta('robots')).toBe('noindex'));
    expect(meta('description')).toBeUndefined();
  });
});
