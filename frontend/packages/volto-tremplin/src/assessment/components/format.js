import messages from '../messages';

// The title of a level id (the overview and history give ids).
const LEVEL_MESSAGES = {
  beginner: messages.levelBeginner,
  preparing: messages.levelPreparing,
  ready: messages.levelReady,
  confirmed: messages.levelConfirmed,
};

export const levelTitle = (intl, level) =>
  LEVEL_MESSAGES[level] ? intl.formatMessage(LEVEL_MESSAGES[level]) : level;

/** A day as the pages write it: "28 novembre 2026". */
export const formatDay = (intl, iso) =>
  intl.formatDate(iso, { day: 'numeric', month: 'long', year: 'numeric' });
