/**
 * Pure helpers that turn Company field values, as plone.restapi serialises
 * them, into what the view shows. Every optional field may be null, empty or
 * missing.
 */

/** True when a value has something to show (not null, blank or empty). */
export function isFilled(value) {
  if (value === null || value === undefined) {
    return false;
  }
  if (typeof value === 'string') {
    return value.trim() !== '';
  }
  if (Array.isArray(value)) {
    return value.some(isFilled);
  }
  return true;
}

/** The title of a vocabulary term ({token, title}), or the raw value. */
export function termTitle(term) {
  if (term && typeof term === 'object') {
    return term.title || term.token || '';
  }
  return term ?? '';
}

/** Titles of a list of terms, without the empty ones. */
export function termTitles(terms) {
  return (Array.isArray(terms) ? terms : [])
    .map(termTitle)
    .filter((title) => isFilled(title));
}

/**
 * The URL if it is an absolute http(s) URL, else null: user-entered links
 * must never become `javascript:` or other active URLs.
 */
export function safeHttpUrl(value) {
  if (typeof value !== 'string') {
    return null;
  }
  try {
    const url = new URL(value.trim());
    return ['http:', 'https:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The host name of a URL, for link texts ("youtube.com"). */
export function hostOf(url) {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Non-empty paragraphs of a multi-line plain text. */
export function paragraphsOf(text) {
  if (typeof text !== 'string') {
    return [];
  }
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A byte count as {message, size} with the size rounded for people. */
export function fileSizeParts(bytes) {
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) {
    return { unit: 'kilobytes', size: Math.max(1, Math.round(kilobytes)) };
  }
  return { unit: 'megabytes', size: Math.round((kilobytes / 1024) * 10) / 10 };
}
