import { screen } from '@testing-library/react';
import { renderInLanguage } from '../../testing/intl';
import VerificationDocumentView from './VerificationDocumentView';

const DOCUMENT = {
  '@id': 'http://localhost:8080/Plone/fr/entreprises/delices/extrait-rccm',
  title: 'Extrait RCCM',
  document_kind: {
    token: 'register_extract',
    title: 'Extrait du registre du commerce',
  },
  file: {
    download:
      'http://localhost:8080/Plone/fr/entreprises/delices/extrait-rccm/@@download/file',
    filename: 'rccm.pdf',
  },
};

describe('VerificationDocumentView', () => {
  it('says the document is private, names its kind and offers the file', () => {
    renderInLanguage(<VerificationDocumentView content={DOCUMENT} />, {
      language: 'fr',
    });

    expect(
      screen.getByRole('heading', { level: 1, name: 'Extrait RCCM' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      "Document privé : seuls votre entreprise et l'équipe de l'OIF",
    );
    expect(
      screen.getByText('Extrait du registre du commerce'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Télécharger rccm.pdf' }),
    ).toHaveAttribute(
      'href',
      '/fr/entreprises/delices/extrait-rccm/@@download/file',
    );
  });

  it('speaks English and copes with a document without a file', () => {
    renderInLanguage(
      <VerificationDocumentView content={{ title: 'Statements' }} />,
      { language: 'en' },
    );

    expect(screen.getByRole('note')).toHaveTextContent(
      'Private document: only your company and the OIF team',
    );
    expect(screen.getByText('No file has been sent yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('renders a title typed by a member as text', () => {
    renderInLanguage(
      <VerificationDocumentView
        content={{ title: '<img src=x onerror=alert(1)>' }}
      />,
    );

    expect(
      screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
