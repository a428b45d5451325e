import loadable from '@loadable/component';
import { tagsTitle } from './components/ControlpanelTitle';

// An administration screen: loaded on demand, never in a visitor's bundle.
const TagsControlpanel = loadable(
  () => import('./components/TagsControlpanel'),
);

/**
 * Site Setup › Tags (/controlpanel/tremplin-tags): administrators rename,
 * merge and delete the tags of each language (backend: @tremplin-tags,
 * through Products.PloneKeywordManager).
 */
export default function installTags(config) {
  config.addonRoutes = [
    ...(config.addonRoutes || []),
    { path: '/controlpanel/tremplin-tags', component: TagsControlpanel },
  ];
  config.settings = {
    ...config.settings,
    controlpanels: [
      ...(config.settings.controlpanels || []),
      { '@id': '/tremplin-tags', group: 'Content', title: tagsTitle },
    ],
  };
  return config;
}
