// Shadowed because Volto's 404 page sets no document title (axe
// document-title, WCAG 2.4.2) and offers no way back; its routes import this
// module directly ('*' and the external routes), so registering an error view
// alone would miss them. Ours: site/components/NotFoundView.
export { default } from 'volto-tremplin/site/components/NotFoundView';
