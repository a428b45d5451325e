import { useEffect } from 'react';

/**
 * Gives the focus to `ref`'s element when `key` changes, and again once the
 * document title has changed: Volto's RouteAnnouncer blurs the page on
 * every title change, and Helmet writes the new title a frame after the
 * page rendered, so a focus given at render time alone is lost.
 */
export function useFocusAfterTitle(ref, key) {
  useEffect(() => {
    if (key === null || key === undefined) {
      return undefined;
    }
    const focus = () => ref.current?.focus();
    focus();
    const title = document.querySelector('title');
    if (!title) {
      return undefined;
    }
    let timer;
    // Observers run in the order they were created: the announcer's blur
    // comes first, then this one gives the focus back after it.
    const observer = new MutationObserver(() => {
      observer.disconnect();
      timer = setTimeout(focus, 0);
    });
    observer.observe(title, {
      characterData: true,
      childList: true,
      subtree: true,
    });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [ref, key]);
}
