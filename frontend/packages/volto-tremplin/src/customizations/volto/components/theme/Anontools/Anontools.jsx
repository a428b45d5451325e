// Shadowed because stock Volto 18 gives the login link aria-label="login"
// while it shows "Se connecter" / "Log in": axe reports
// label-content-name-mismatch (serious) on every page. Our links let their
// visible text be their accessible name.
export { default } from 'volto-tremplin/identity/components/AnonymousTools';
