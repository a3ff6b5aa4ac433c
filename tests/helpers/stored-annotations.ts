/** What the annotationsByPage store holds, as annotations: for tests that check the database itself. */
import type { GlossDb, StoredAnnotation } from '@/lib/db';

/** Every stored annotation (as stored, unknown fields included), sorted by id so two databases compare. */
export async function storedAnnotations(db: GlossDb): Promise<StoredAnnotation[]> {
  const parts = await db.getAll('annotationsByPage');
  return parts.flatMap((part) => part.annotations).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One stored annotation by id, found through the byId index; undefined when there is none. */
export async function storedAnnotation(db: GlossDb, id: string): Promise<StoredAnnotation | undefined> {
  const part = await db.getFromIndex('annotationsByPage', 'byId', id);
  return part?.annotations.find((a) => a.id === id);
}
