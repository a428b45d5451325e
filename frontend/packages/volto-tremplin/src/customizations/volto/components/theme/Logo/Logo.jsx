// Shadowed to show the Tremplin name and tagline (translated) instead of the
// Plone logo image; Volto 18's Pastanaga header has no slot for it.
export { default } from 'volto-tremplin/identity/components/SiteLogo';
