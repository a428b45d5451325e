import { useEffect } from 'react';
import { markFormTabs, openFormTabFromKeyboard } from '../formTabs';

/**
 * Renders nothing; while a content form is shown, keeps its tabs reachable
 * and operable with the keyboard (see formTabs.js). The form loads after the
 * route changes and re-renders its tabs, hence the observer.
 */
const FormTabsKeyboard = () => {
  useEffect(() => {
    const root = document.body;
    const observer = new MutationObserver(() => markFormTabs(root));
    markFormTabs(root);
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class'],
    });
    document.addEventListener('keydown', openFormTabFromKeyboard);
    return () => {
      observer.disconnect();
      document.removeEventListener('keydown', openFormTabFromKeyboard);
    };
  }, []);
  return null;
};

export default FormTabsKeyboard;
