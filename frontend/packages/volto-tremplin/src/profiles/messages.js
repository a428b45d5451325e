import { defineMessages } from 'react-intl';

export default defineMessages({
  recommended: {
    id: 'profiles.recommended',
    defaultMessage: 'Recommended by the OIF',
  },
  completenessTitle: {
    id: 'profiles.completenessTitle',
    defaultMessage: 'Completeness of your profile',
  },
  completenessScore: {
    id: 'profiles.completenessScore',
    defaultMessage: 'Profile {score, number}% complete',
  },
  completenessMissing: {
    id: 'profiles.completenessMissing',
    defaultMessage:
      'A complete profile is found more easily in the directory. Still to fill in:',
  },
  completenessDone: {
    id: 'profiles.completenessDone',
    defaultMessage: 'Your profile is complete: thank you!',
  },
  completeField: {
    id: 'profiles.completeField',
    defaultMessage: 'Fill in “{title}”',
  },
  videoTitle: {
    id: 'profiles.videoTitle',
    defaultMessage: 'Video {number} of {title} ({provider})',
  },
  videoLink: {
    id: 'profiles.videoLink',
    defaultMessage: 'Video {number} ({host})',
  },
});
