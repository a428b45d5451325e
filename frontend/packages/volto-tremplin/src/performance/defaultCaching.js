/**
 * Answers that say nothing about caching (Volto's rendered pages, the
 * backend's API answers through the proxy) are kept by the browser only and
 * checked again before reuse: they can hold a member's data, and a shared
 * cache must never hand them to someone else. Static files, /ok and error
 * pages set their own.
 */
import onHeaders from 'on-headers';

export const DEFAULT_CACHING = 'private, no-cache';

export default function defaultCaching() {
  return function tremplinDefaultCaching(req, res, next) {
    onHeaders(res, function setDefault() {
      if (!this.getHeader('Cache-Control')) {
        this.setHeader('Cache-Control', DEFAULT_CACHING);
      }
    });
    next();
  };
}
