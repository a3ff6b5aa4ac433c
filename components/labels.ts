/** The model's values in the reader's language (exports keep lib/export/labels' English: they are data). */
import type { AnnotationKind, Speaker, Stance, Verdict } from '@/lib/model/annotation';
import { t, type MessageKey } from './i18n';

const KIND_KEYS: Record<AnnotationKind, MessageKey> = { quote: 'kindQuote', claim: 'kindClaim', note: 'kindNote' };
const KIND_PLURAL_KEYS: Record<AnnotationKind, MessageKey> = { quote: 'kindQuotes', claim: 'kindClaims', note: 'kindNotes' };
const VERDICT_KEYS: Record<Verdict, MessageKey> = {
  unverified: 'verdictUnverified',
  supported: 'verdictSupported',
  disputed: 'verdictDisputed',
  false: 'verdictFalse',
  misleading: 'verdictMisleading',
};
const STANCE_KEYS: Record<Stance, MessageKey> = { supports: 'stanceSupports', disputes: 'stanceDisputes', context: 'stanceContext' };

export const kindLabel = (kind: AnnotationKind): string => t(KIND_KEYS[kind]);
export const kindPluralLabel = (kind: AnnotationKind): string => t(KIND_PLURAL_KEYS[kind]);
export const verdictLabel = (verdict: Verdict): string => t(VERDICT_KEYS[verdict]);
export const stanceLabel = (stance: Stance): string => t(STANCE_KEYS[stance]);

/** "Name, role" or "Name". */
export function speakerLabel(speaker: Pick<Speaker, 'name' | 'role'>): string {
  return speaker.role ? t('speakerWithRole', speaker.name, speaker.role) : speaker.name;
}
