/**
 * Loads the ALTCHA widget (the `<altcha-widget>` custom element, ~35 kB
 * gzipped) on demand: webpack puts it in its own chunk, fetched the first
 * time a form shows a captcha, never in the main bundle and never on the
 * server (the element needs `window`, `customElements` and Web Workers).
 * Resolves to the widget's global registry (`window.$altcha`).
 */
let loading = null;

export default function loadAltcha() {
  if (!loading) {
    loading = import(/* webpackChunkName: "altcha" */ 'altcha')
      .then(() => window.$altcha)
      .catch((error) => {
        loading = null; // a later form may try again (e.g. offline for a moment)
        throw error;
      });
  }
  return loading;
}
