/** Words for the model's values, as the exports show them to people. */
import type { Speaker, Stance, Verdict } from '../model/annotation';

export const VERDICT_LABELS: Record<Verdict, string> = {
  unverified: 'Unverified',
  supported: 'Supported',
  disputed: 'Disputed',
  false: 'False',
  misleading: 'Misleading',
};

export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  disputes: 'Disputes',
  context: 'Context',
};

/** "Name, role" or "Name". */
export function speakerText(speaker: Speaker): string {
  return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}
