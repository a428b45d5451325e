import loadable from '@loadable/component';
import { directory } from './reducers';

// For verified members only: keep it out of everyone's first bundle.
const DirectoryView = loadable(() => import('./components/DirectoryView'));

/**
 * The directory of companies and experts: the view `directory_view` that
 * the directory pages (/fr/annuaire, /en/directory) use as their layout.
 * Backend: GET @tremplin-directory (oif.tremplin.directory).
 */
export default function installDirectory(config) {
  config.views = {
    ...config.views,
    layoutViews: {
      ...config.views.layoutViews,
      directory_view: DirectoryView,
    },
    layoutViewsNamesMapping: {
      ...config.views.layoutViewsNamesMapping,
      directory_view: 'Directory',
    },
  };
  config.addonReducers = { ...config.addonReducers, directory };
  return config;
}
