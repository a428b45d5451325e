/**
 * Video links of a profile as privacy-friendly embeds: YouTube through its
 * no-cookie domain, Vimeo through its player. Any other link stays a link.
 */

const YOUTUBE_HOSTS = ['youtube.com', 'm.youtube.com', 'youtube-nocookie.com'];
const YOUTUBE_ID = /^[\w-]{11}$/;
const VIMEO_ID = /^\d+$/;

const hostname = (url) => url.hostname.toLowerCase().replace(/^www\./, '');

function youtubeId(url) {
  const host = hostname(url);
  const parts = url.pathname.split('/').filter(Boolean);
  let id = null;
  if (host === 'youtu.be') {
    id = parts[0];
  } else if (YOUTUBE_HOSTS.includes(host)) {
    id = ['embed', 'shorts', 'live'].includes(parts[0])
      ? parts[1]
      : url.searchParams.get('v');
  }
  return id && YOUTUBE_ID.test(id) ? id : null;
}

function vimeoId(url) {
  const host = hostname(url);
  const parts = url.pathname.split('/').filter(Boolean);
  let id = null;
  if (host === 'vimeo.com') {
    id = parts[0];
  } else if (host === 'player.vimeo.com' && parts[0] === 'video') {
    id = parts[1];
  }
  return id && VIMEO_ID.test(id) ? id : null;
}

/**
 * `{provider, src}` of the embed for a YouTube or Vimeo video URL, null for
 * any other URL (or a text that is no URL).
 */
export function videoEmbed(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!['http:', 'https:'].includes(url.protocol)) {
    return null;
  }
  const youtube = youtubeId(url);
  if (youtube) {
    return {
      provider: 'YouTube',
      src: `https://www.youtube-nocookie.com/embed/${youtube}`,
    };
  }
  const vimeo = vimeoId(url);
  if (vimeo) {
    return {
      provider: 'Vimeo',
      src: `https://player.vimeo.com/video/${vimeo}`,
    };
  }
  return null;
}

/** The Image items of a profile's `items`, which the gallery shows. */
export function galleryImages(items) {
  return (Array.isArray(items) ? items : []).filter(
    (item) => item?.['@type'] === 'Image' && item.image_scales,
  );
}
