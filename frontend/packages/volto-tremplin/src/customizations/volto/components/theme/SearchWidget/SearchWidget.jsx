// Shadowed because stock Volto 18's header search pushes a relative
// `./search`: from a page inside a folder (/fr/entreprises/x) it lands on
// /fr/entreprises/search, which is no route (a 404), and from /fr on the
// language-less /search. Ours always opens the grouped results page of the
// language root (volto-tremplin/search).
export { default } from 'volto-tremplin/search/components/HeaderSearch';
