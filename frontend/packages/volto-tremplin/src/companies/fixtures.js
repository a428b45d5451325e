/**
 * A Company as plone.restapi serialises it (GET /fr/entreprises/…), with
 * every field filled: the demo company of the backend's dev content.
 */
export const DELICES_TROPICAUX = {
  '@id':
    'http://localhost:8080/Plone/fr/entreprises/delices-tropicaux-du-senegal',
  '@type': 'Company',
  title: 'Délices Tropicaux du Sénégal',
  description:
    'Transformation de fruits tropicaux séchés et de jus pour les marchés européens.',
  registration_number: 'SN-DKR-2014-B-10234',
  country: { token: 'SN', title: 'Sénégal' },
  city: 'Dakar',
  sectors: [{ token: 'agrifood', title: 'Agroalimentaire' }],
  size: { token: 'small', title: 'Petite entreprise (10 à 49 salariés)' },
  turnover: { token: '500k_to_2m', title: 'De 500 000 à 2 millions d’euros' },
  export_share: 30,
  products: [
    {
      name: 'Mangue séchée',
      description: 'Mangue Kent séchée au soleil, bio.',
    },
    { name: 'Jus de bissap', description: 'Infusion d’hibiscus pasteurisée.' },
  ],
  target_markets: [
    { token: 'FR', title: 'France' },
    { token: 'CA', title: 'Canada' },
  ],
  goals: 'Ouvrir un entrepôt à Marseille.\nTrouver un distributeur au Québec.',
  experience_level: { token: 'experienced', title: 'Expérimenté' },
  missions: [
    {
      year: 2023,
      name: 'Mission économique de la Francophonie',
      destination: 'Vietnam',
    },
  ],
  logo: {
    'content-type': 'image/png',
    download:
      'http://localhost:8080/Plone/fr/entreprises/delices-tropicaux-du-senegal/@@images/logo-400-hash.png',
    filename: 'logo.png',
    height: 400,
    width: 400,
    scales: {
      thumb: {
        download:
          'http://localhost:8080/Plone/fr/entreprises/delices-tropicaux-du-senegal/@@images/logo-128-hash.png',
        height: 128,
        width: 128,
      },
    },
  },
  video_links: ['https://www.youtube.com/watch?v=abc123DEF45'],
  brochure: {
    'content-type': 'application/pdf',
    download:
      'http://localhost:8080/Plone/fr/entreprises/delices-tropicaux-du-senegal/@@download/brochure',
    filename: 'brochure.pdf',
    size: 12345,
  },
  website: 'https://delices-tropicaux.example.sn/',
  subjects: ['mangue', 'bio'],
  language: { token: 'fr', title: 'Français' },
};

/** The same company with only the required fields. */
export const MINIMAL_COMPANY = {
  '@id': 'http://localhost:8080/Plone/fr/entreprises/edunova-maroc',
  '@type': 'Company',
  title: 'EduNova Maroc',
  description: '',
  registration_number: 'MA-CASA-2019-552',
  country: { token: 'MA', title: 'Maroc' },
  city: 'Casablanca',
  sectors: [{ token: 'digital_edtech', title: 'Numérique et EdTech' }],
  size: { token: 'micro', title: 'Micro-entreprise (moins de 10 salariés)' },
  turnover: null,
  export_share: null,
  products: [],
  target_markets: [],
  goals: null,
  experience_level: { token: 'first_time', title: 'Primo-exportateur' },
  missions: null,
  logo: null,
  video_links: [],
  brochure: null,
  website: '',
  subjects: [],
};
