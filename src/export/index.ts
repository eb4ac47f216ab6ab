/** Export and import of a library: Isnad JSON, CSV, W3C Web Annotation; selection and merging. Pure. */
export * from './document.ts';
export { toCsv, csvCell, CSV_COLUMNS } from './csv.ts';
export { toWebAnnotation, fromWebAnnotation, looksLikeWebAnnotation, entityIri, ANNOTATION_CONTEXT, ISNAD_CONTEXT, type AnnotationCollection, type Annotation } from './webAnnotation.ts';
export { select, findArticle, type Selection, type SelectResult } from './select.ts';
export { mergeDocuments, emptyDocument, type MergeCounts, type MergeResult } from './merge.ts';
