/**
 * Question-and-answer interviews ("Q: … / A: …", "Frage: … / Brandt: …"): each answer paragraph is the
 * interviewee's words without any quote marks or speech verb, so the cue is the label's colon. The interviewee is
 * the person the introduction (the paragraphs before the first question) names, or the one the label names.
 */
import type { Article } from './article';
import { position } from './entities';
import type { AttributedSpeaker } from './types';

/** The publication's side of the exchange. Its questions are not attributions. */
const QUESTION_LABEL = /^\s*(?:Q|F|Frage|Question|Interviewer|Interviewerin)\s*:\s+/u;
/** An answer: a generic label, or a surname or short name ("Brandt:", "Maren Holloway:"). */
const ANSWER_LABEL = /^\s*(?:(A|Antwort|Answer)|(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?))\s*:\s+/u;

export interface InterviewAnswer {
  paragraph: number;
  start: number;
  end: number;
  speaker: AttributedSpeaker | null;
}

export interface Interview {
  /** Paragraphs that are the publication's questions. */
  questions: Set<number>;
  answers: InterviewAnswer[];
}

/**
 * An article is an interview when at least two paragraphs open with a question label, and each such question is
 * followed by a labelled answer; one "Q:" in ordinary prose is not enough.
 */
export function findInterview(article: Article): Interview | null {
  const { paragraphs, registry } = article;
  const questions = new Set<number>();
  paragraphs.forEach((text, p) => {
    if (QUESTION_LABEL.test(text)) questions.add(p);
  });
  if (questions.size < 2) return null;
  const first = Math.min(...questions);
  const interviewee = first > 0 ? (registry.firstPersonIn(position(0, 0), position(first, 0))?.person ?? null) : null;
  const answers: InterviewAnswer[] = [];
  for (const q of questions) {
    const p = q + 1;
    const text = paragraphs[p];
    if (text === undefined || questions.has(p)) continue;
    const label = ANSWER_LABEL.exec(text);
    if (!label) continue;
    // "Brandt:" names the speaker; a generic "A:" is the interviewee of the introduction.
    const ofInterviewee = label[2] && interviewee && ` ${interviewee.name.toLowerCase()} `.includes(` ${label[2].toLowerCase()} `);
    const named = label[2] ? (ofInterviewee ? interviewee : registry.lookup(label[2], position(first, 0))) : null;
    if (label[2] && !named) continue;
    const person = named ?? interviewee;
    const start = label[0].length;
    let end = text.length;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    const speaker = person ? { name: person.name, ...(person.role ? { role: person.role } : {}) } : null;
    answers.push({ paragraph: p, start, end, speaker });
  }
  return answers.length >= 2 ? { questions, answers } : null;
}
