/** Gloss's storage (owned by the background script). Pure: pass an IDBFactory or use the global one. */
export { openGlossDb, type OpenOptions } from './open';
export { DB_VERSION, MIGRATIONS, type Migration } from './migrations';
export { DB_NAME, type GlossDb, type GlossDBSchema, type SourceRecord, type SpeakerRecord, type StoredAnnotation } from './schema';
export {
  deleteAnnotation,
  getAnnotation,
  listAllAnnotations,
  listAnnotationsByPage,
  listAnnotationsBySpeaker,
  listAnnotationsByTag,
  restoreAnnotation,
  saveAnnotation,
  setAnnotationChange,
  type WriteOptions,
} from './annotations';
export { getPage, upsertPage } from './pages';
export { DEFAULT_SUGGESTIONS, suggestSources, suggestSpeakers } from './autocomplete';
export { applyImport, type ImportData, type ImportOptions, type ImportOutcome } from './import';
export { isPageUrlFor, isSameSite, normalizePageUrl, siteOf } from './url';
