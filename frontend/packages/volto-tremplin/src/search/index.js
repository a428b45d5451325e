import loadable from '@loadable/component';
import { SUPPORTED_LANGUAGES } from '../site/language';
import messages from './messages';
import { tremplinSearch } from './reducers';

const SearchPage = loadable(() => import('./components/SearchPage'));

/**
 * The groups of the results page, in this order. A feature adds its own by
 * appending to config.settings.tremplinSearchGroups: `id` (the `type=`
 * value of its own page of results), `title` (a message descriptor),
 * `portal_type` (one or a list), optional `metadata_fields` (catalog
 * columns, default Subject) and `directoryKind` (“see all” then opens the
 * directory, filtered by that kind).
 */
export const SEARCH_GROUPS = [
  {
    id: 'companies',
    title: messages.groupCompanies,
    portal_type: 'Company',
    directoryKind: 'company',
  },
  {
    id: 'experts',
    title: messages.groupExperts,
    portal_type: 'Expert',
    directoryKind: 'expert',
  },
  {
    id: 'pages',
    title: messages.groupPages,
    portal_type: ['Document', 'News Item', 'Link'],
  },
];

/**
 * The platform search: the header's search field and /fr/search lead to
 * results grouped by type (companies, experts, pages…), each with its count.
 * Our routes come before Volto's own /search page (addonRoutes go first).
 */
export default function installSearch(config) {
  config.addonRoutes = [
    ...(config.addonRoutes || []),
    {
      path: `/:lang(${SUPPORTED_LANGUAGES.join('|')})/search`,
      component: SearchPage,
      exact: true,
    },
    { path: '/search', component: SearchPage, exact: true },
  ];
  config.addonReducers = { ...config.addonReducers, tremplinSearch };
  config.settings = {
    ...config.settings,
    tremplinSearchGroups: [
      ...SEARCH_GROUPS,
      ...(config.settings.tremplinSearchGroups || []),
    ],
  };
  return config;
}
