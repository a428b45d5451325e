import './theme/identity.scss';

/**
 * Tremplin's visual identity: the header logo, the footer and the login
 * links are shadowed components (see src/customizations/); this feature only
 * brings their stylesheet in.
 */
export default function installIdentity(config) {
  return config;
}
