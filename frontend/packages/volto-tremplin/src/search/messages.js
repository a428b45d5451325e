import { defineMessages } from 'react-intl';

export default defineMessages({
  title: {
    id: 'search.title',
    defaultMessage: 'Search',
  },
  titleWithText: {
    id: 'search.titleWithText',
    defaultMessage: 'Search results for “{text}”',
  },
  intro: {
    id: 'search.intro',
    defaultMessage:
      'Search the companies, experts and pages of the platform in one go.',
  },
  headerLabel: {
    id: 'search.headerLabel',
    defaultMessage: 'Search the site',
  },
  // Its own name: a page's search button (a control panel's, the results
  // page's) is "Search", and two buttons must not share a name.
  headerSubmit: {
    id: 'search.headerSubmit',
    defaultMessage: 'Start the site search',
  },
  label: {
    id: 'search.label',
    defaultMessage: 'Words to search for',
  },
  submit: {
    id: 'search.submit',
    defaultMessage: 'Search',
  },
  prompt: {
    id: 'search.prompt',
    defaultMessage: 'Type one or more words, then press Search.',
  },
  loading: {
    id: 'search.loading',
    defaultMessage: 'Searching…',
  },
  count: {
    id: 'search.count',
    defaultMessage:
      '{count, plural, =0 {No result} one {# result} other {# results}} for “{text}”',
  },
  error: {
    id: 'search.error',
    defaultMessage:
      'The search could not be done. Try again in a moment; if it goes on failing, contact the OIF team.',
  },
  groupError: {
    id: 'search.groupError',
    defaultMessage: 'These results could not be loaded. Try again in a moment.',
  },
  groupHeading: {
    id: 'search.groupHeading',
    defaultMessage:
      '{group} ({count, plural, one {# result} other {# results}})',
  },
  groupCompanies: {
    id: 'search.groupCompanies',
    defaultMessage: 'Companies',
  },
  groupExperts: {
    id: 'search.groupExperts',
    defaultMessage: 'Experts',
  },
  groupPages: {
    id: 'search.groupPages',
    defaultMessage: 'Pages',
  },
  emptyGroups: {
    id: 'search.emptyGroups',
    defaultMessage: 'No result in: {groups}.',
  },
  seeAll: {
    id: 'search.seeAll',
    defaultMessage: 'See all {count} results in {group}',
  },
  seeAllDirectory: {
    id: 'search.seeAllDirectory',
    defaultMessage: 'Refine these results in the directory: {group} ({count})',
  },
  allTypes: {
    id: 'search.allTypes',
    defaultMessage: 'Back to the results of every kind',
  },
  emptyTitle: {
    id: 'search.emptyTitle',
    defaultMessage: 'No result for “{text}”.',
  },
  emptyAdvice: {
    id: 'search.emptyAdvice',
    defaultMessage: 'Some advice:',
  },
  adviceSpelling: {
    id: 'search.adviceSpelling',
    defaultMessage: 'check the spelling and the accents;',
  },
  adviceFewerWords: {
    id: 'search.adviceFewerWords',
    defaultMessage: 'use fewer words, or more general ones;',
  },
  adviceOtherLanguage: {
    id: 'search.adviceOtherLanguage',
    defaultMessage: 'try the same search in the other language of the site.',
  },
  signIn: {
    id: 'search.signIn',
    defaultMessage:
      'Company and expert profiles are for members only: sign in to search them too.',
  },
  signInLink: {
    id: 'search.signInLink',
    defaultMessage: 'Sign in',
  },
  tags: {
    id: 'search.tags',
    defaultMessage: 'Keywords: {tags}',
  },
  pagination: {
    id: 'search.pagination',
    defaultMessage: 'Pages of results',
  },
  previous: {
    id: 'search.previous',
    defaultMessage: 'Previous page',
  },
  next: {
    id: 'search.next',
    defaultMessage: 'Next page',
  },
  page: {
    id: 'search.page',
    defaultMessage: 'Page {page}',
  },
  back: {
    id: 'search.back',
    defaultMessage: 'Back to the home page',
  },
});
