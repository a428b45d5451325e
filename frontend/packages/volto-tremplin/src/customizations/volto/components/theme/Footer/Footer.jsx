// Shadowed to replace Plone's credits with the OIF publisher line and the
// platform's service links (legal notice, accessibility, contact).
export { default } from 'volto-tremplin/identity/components/SiteFooter';
