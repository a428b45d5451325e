/**
 * Downloads `href` (an API address under /++api++) as `filename`, with the
 * member's token: a plain link would reach Plone without it (plone.restapi
 * reads the token from the Authorization header only). Rejects when the
 * answer is not a success.
 */
export function downloadWithToken(href, token, filename) {
  return fetch(href, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  })
    .then((response) => {
      if (!response.ok) {
        throw new Error(`${response.status}`);
      }
      return response.blob();
    })
    .then((blob) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filename;
      document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(link.href);
    });
}
