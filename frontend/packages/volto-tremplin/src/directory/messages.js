import { defineMessages } from 'react-intl';

export default defineMessages({
  layoutName: { id: 'directory.layoutName', defaultMessage: 'Directory' },
  signInTitle: {
    id: 'directory.signInTitle',
    defaultMessage: 'Sign in to search the directory',
  },
  signInDetail: {
    id: 'directory.signInDetail',
    defaultMessage:
      'The directory of companies and experts is open to the verified members of Tremplin.',
  },
  signInLink: { id: 'directory.signInLink', defaultMessage: 'Sign in' },
  guestTitle: {
    id: 'directory.guestTitle',
    defaultMessage: 'Your account is being verified',
  },
  guestDetail: {
    id: 'directory.guestDetail',
    defaultMessage:
      'The directory opens to you once the OIF team has verified your profile. If you have not done so yet, complete your profile and submit it for verification.',
  },
  checkingAccess: {
    id: 'directory.checkingAccess',
    defaultMessage: 'Loading…',
  },
  searchLabel: {
    id: 'directory.searchLabel',
    defaultMessage: 'Search the directory',
  },
  searchHelp: {
    id: 'directory.searchHelp',
    defaultMessage: 'Name, activity, product… (200 characters at most)',
  },
  searchButton: { id: 'directory.searchButton', defaultMessage: 'Search' },
  filtersHeading: {
    id: 'directory.filtersHeading',
    defaultMessage: 'Filter the results',
  },
  resultsHeading: { id: 'directory.resultsHeading', defaultMessage: 'Results' },
  facet_kind: { id: 'directory.facet_kind', defaultMessage: 'Type of profile' },
  facet_sector: { id: 'directory.facet_sector', defaultMessage: 'Sector' },
  facet_country: { id: 'directory.facet_country', defaultMessage: 'Country' },
  facet_region: { id: 'directory.facet_region', defaultMessage: 'Region' },
  facet_expertise: {
    id: 'directory.facet_expertise',
    defaultMessage: 'Area of expertise',
  },
  facet_size: { id: 'directory.facet_size', defaultMessage: 'Company size' },
  facet_experience: {
    id: 'directory.facet_experience',
    defaultMessage: 'International experience',
  },
  facet_tag: { id: 'directory.facet_tag', defaultMessage: 'Keywords' },
  facetValue: {
    id: 'directory.facetValue',
    defaultMessage: '{title} ({count})',
  },
  showAll: { id: 'directory.showAll', defaultMessage: 'Show all ({count})' },
  showFewer: { id: 'directory.showFewer', defaultMessage: 'Show fewer' },
  sortLabel: { id: 'directory.sortLabel', defaultMessage: 'Sort by' },
  sort_relevance: {
    id: 'directory.sort_relevance',
    defaultMessage: 'Relevance',
  },
  sort_title: { id: 'directory.sort_title', defaultMessage: 'Name' },
  sort_verified: {
    id: 'directory.sort_verified',
    defaultMessage: 'Recently verified',
  },
  recommendedFirst: {
    id: 'directory.recommendedFirst',
    defaultMessage: 'Recommended by the OIF first',
  },
  verifiedOnly: {
    id: 'directory.verifiedOnly',
    defaultMessage: 'Verified only',
  },
  count: {
    id: 'directory.count',
    defaultMessage:
      '{count, plural, =0 {No profile found} one {# profile found} other {# profiles found}}',
  },
  countPaged: {
    id: 'directory.countPaged',
    defaultMessage:
      '{count, plural, one {# profile found} other {# profiles found}}, page {page} of {pages}',
  },
  loading: { id: 'directory.loading', defaultMessage: 'Searching…' },
  empty: {
    id: 'directory.empty',
    defaultMessage: 'No profile matches your search.',
  },
  emptyHint: {
    id: 'directory.emptyHint',
    defaultMessage: 'Try fewer filters or other words.',
  },
  clearFilters: {
    id: 'directory.clearFilters',
    defaultMessage: 'Clear filters',
  },
  loadError: {
    id: 'directory.loadError',
    defaultMessage:
      'The directory could not be loaded. Check your connection and try again.',
  },
  retry: { id: 'directory.retry', defaultMessage: 'Try again' },
  badQuery: {
    id: 'directory.badQuery',
    defaultMessage: 'This search cannot be run: {message}',
  },
  badgeVerified: { id: 'directory.badgeVerified', defaultMessage: 'Verified' },
  badgeFeatured: {
    id: 'directory.badgeFeatured',
    defaultMessage: 'Recommended by the OIF',
  },
  kind_Company: { id: 'directory.kind_Company', defaultMessage: 'Company' },
  kind_Expert: { id: 'directory.kind_Expert', defaultMessage: 'Expert' },
  cardKind: { id: 'directory.cardKind', defaultMessage: 'Type' },
  cardCountries: {
    id: 'directory.cardCountries',
    defaultMessage: '{count, plural, one {Country} other {Countries}}',
  },
  cardCity: { id: 'directory.cardCity', defaultMessage: 'City' },
  cardSectors: {
    id: 'directory.cardSectors',
    defaultMessage: '{count, plural, one {Sector} other {Sectors}}',
  },
  cardExpertise: {
    id: 'directory.cardExpertise',
    defaultMessage: 'Expertise',
  },
  cardTags: { id: 'directory.cardTags', defaultMessage: 'Keywords' },
  paginationLabel: {
    id: 'directory.paginationLabel',
    defaultMessage: 'Result pages',
  },
  previousPage: {
    id: 'directory.previousPage',
    defaultMessage: 'Previous page',
  },
  nextPage: { id: 'directory.nextPage', defaultMessage: 'Next page' },
  page: { id: 'directory.page', defaultMessage: 'Page {number}' },
});
