/** Export and import of the annotation library. Pure: strings and plain data in and out. */
export type { Library } from './library';
export { toWebAnnotations, toWebAnnotationsJson, toWireAnnotation, toWirePage } from './web-annotation';
export {
  ANNO_CONTEXT,
  GLOSS_CONTEXT,
  GLOSS_FORMAT_VERSION,
  GLOSS_NAMESPACE,
  MOTIVATION_OF_KIND,
  type WebAnnotationOptions,
  type WireAnnotation,
  type WireAnnotationOptions,
  type WireCollection,
  type WirePage,
} from './web-annotation-format';
export { toMarkdown } from './markdown';
export { toCsv, CSV_COLUMNS } from './csv';
export { toClaimReview, type ClaimReviewDocument } from './claim-review';
export { exportFileName, type ExportKind } from './file-name';
export { parseImport, type ImportOptions } from './import/parse-import';
export type { ImportedLibrary, ImportFormat } from './import/finish';
export { IMPORT_LIMITS } from './import/limits';
