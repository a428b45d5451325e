/**
 * Search engines and sharing (spec ET03): robots.txt and sitemap.xml of the
 * public pages. See docs/developer/web-performance.md.
 */
export default function installSeo(config) {
  if (__SERVER__) {
    // Required here so the client bundle never contains Express.
    const robotsMiddleware = require('./robots').default;
    const sitemapMiddleware = require('./sitemap').default;
    // Volto's routers give way to ours, in their places (after the
    // security headers).
    const ours = {
      'robots.txt': robotsMiddleware(),
      'sitemap.xml.gz': sitemapMiddleware(),
    };
    config.settings.expressMiddleware = (
      config.settings.expressMiddleware || []
    ).map((middleware) => ours[middleware?.id] || middleware);
  }
  return config;
}
