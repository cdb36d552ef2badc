import { isAspectLabel, nameKind } from '../text/index.js';
import type { Question } from '../types.js';
import { BLANK, keyOf, width } from './text.js';

// One gate every candidate question passes before it can be asked. Generators reject what
// they can see early (with the same reasons); this checks what every built question must
// hold: one right answer, nothing that gives it away, choices of one kind, no debris.

export const REJECT_REASONS = [
  /** The term is an aspect of a topic (`Description`, `计算公式`), not a thing. */
  'label',
  /** The prompt or the right choice gives the answer away (the term, its words, its letters). */
  'giveaway',
  /** Not enough wrong answers of the same kind. */
  'few-distractors',
  /** Choices of different kinds or shapes (a command among phrases, a sentence among names). */
  'mixed-kinds',
  /** Two choices the same, or a wrong choice that is also right. */
  'ambiguous',
  /** Markup, links, fragments, labels ending in a colon, tables of contents, reference lists. */
  'debris',
  /** A blank or a clue that does not say what it is about. */
  'no-subject',
  /** An instruction (`Make sure`, `Run`, `点击`), not a statement of fact. */
  'instruction',
  /** A list that is not a procedure (states, properties, tools) asked as an order. */
  'not-a-procedure',
  /** A group name that is a sentence, or a heading too generic to belong to. */
  'not-a-group',
  /** Too little text left to ask about. */
  'too-short',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Rejection {
  reason: RejectReason;
  type: Question['type'];
  file: string;
  line: number;
  /** What was turned down: the term, the step list's title, the sentence. */
  text: string;
}

const MARKUP = /\*\*|__|`|\]\(|<\/?[a-z][^>]*>|^#{1,6}\s|!\[|\[\[|\{\{|^\s*[-*+]\s*$/i;

/** Text a person should never see in a choice or prompt: markup, link syntax, a bare label. */
function isDebris(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  if (MARKUP.test(t)) return true;
  // `Copy Fails:` `Step 2:`: a label that introduced something, cut from it.
  if (/[:：]$/.test(t)) return true;
  // Only punctuation, digits and symbols.
  if (!/[\p{L}]/u.test(t)) return !/\d/.test(t);
  return false;
}

export type Shape = 'number' | 'command' | 'path' | 'name' | 'phrase' | 'sentence';

const HAN = /\p{Script=Han}/u;
const COMMAND = /^(?:\$\s*)?(?:kubectl|docker|helm|kubeadm|crictl|ctr|systemctl|journalctl|etcdctl|minikube|kind|k3s|podman|git|curl|apt|yum|dnf|npm|sudo)\s+\S|(?:^|\s)--?[a-z][\w-]*/i;

/** The kind of text a choice is, so a command (a tool with arguments) is not offered among phrases, nor a name among sentences. */
export function shapeOf(text: string): Shape {
  const t = text.trim();
  if (/^[~+-]?\d[\d.,]*\s*%?\s*[\p{L}/]{0,8}$/u.test(t)) return 'number';
  if (COMMAND.test(t)) return 'command';
  if (/^[~.]?\/[\w./-]+$/.test(t)) return 'path';
  if (HAN.test(t)) {
    const chars = [...t].length;
    if (chars <= 12 && !/[，。；,;]/.test(t)) return 'name';
    return chars <= 24 && !/[。；;]/.test(t) ? 'phrase' : 'sentence';
  }
  const words = t.split(/\s+/).length;
  if (words <= 4 && t.length <= 40) return 'name';
  return words <= 10 ? 'phrase' : 'sentence';
}

/** Texts that can stand side by side as choices: shapes that go together, and names of one kind. */
export function alike(a: string, b: string): boolean {
  const shape = shapeOf(a);
  if (!compatible(shape, shapeOf(b))) return false;
  return shape !== 'name' || shapeOf(b) !== 'name' || nameKind(a) === nameKind(b);
}

/** Shapes that can stand side by side as choices. */
function compatible(a: Shape, b: Shape): boolean {
  if (a === b) return true;
  const text = (s: Shape) => s === 'phrase' || s === 'sentence';
  if (text(a) && text(b)) return true;
  // A short Chinese description reads like a name; a longer one like a phrase.
  return (a === 'name' && b === 'phrase') || (a === 'phrase' && b === 'name');
}

const hasHan = (text: string) => HAN.test(text);

/** Why a built question may not be asked, or null when it passes. */
export function gateQuestion(question: Question): RejectReason | null {
  // A prompt's own template may end in a colon (`填空（…）：`) and a cloze shows its blank (`____`).
  if (isDebris(question.prompt.split(BLANK).join('…').split('\n').join(' ').replace(/[:：]\s*$/, ''))) return 'debris';
  if (question.type === 'recall') return null;
  if (question.type === 'typed') return keyOf(question.prompt).includes(keyOf(question.answer)) ? 'giveaway' : null;
  const choices = question.choices;
  if (choices.some(isDebris)) return 'debris';
  const keys = choices.map(keyOf);
  if (new Set(keys).size !== keys.length) return 'ambiguous';
  if (question.type === 'order') return null;
  const rights = Array.isArray(question.answer) ? question.answer : [question.answer];
  const right = choices[rights[0] ?? 0] ?? '';
  const wrong = choices.filter((_, i) => !rights.includes(i));
  if (wrong.length === 0) return 'few-distractors';
  const subject = keyOf(question.subject);
  if (subject.length >= 2) {
    // A description that repeats the term while no other does points at itself…
    if (question.type === 'define' && keyOf(right).includes(subject) && !wrong.some((w) => keyOf(w).includes(subject))) return 'giveaway';
    // …and a clue that shows the name it asks for answers itself.
    if ((question.type === 'identify' || question.type === 'acronym') && keyOf(question.prompt).includes(keyOf(right))) return 'giveaway';
  }
  if (question.type === 'identify' || question.type === 'define' || question.type === 'acronym') {
    if (isAspectLabel(question.subject)) return 'label';
  }
  // Choices of one kind, shape and script, every one against every other (so the verdict
  // does not depend on the order they are shown in).
  for (let i = 0; i < choices.length; i++) {
    for (let j = i + 1; j < choices.length; j++) {
      const a = choices[i] as string;
      const b = choices[j] as string;
      if (!alike(a, b) || hasHan(a) !== hasHan(b)) return 'mixed-kinds';
    }
  }
  // The one right answer much longer (or much shorter) than all the others stands out.
  const shape = shapeOf(right);
  if (rights.length === 1 && (shape === 'phrase' || shape === 'sentence')) {
    const w = width(right);
    const others = wrong.map(width);
    if (w > 2.2 * Math.max(...others) || w * 2.5 < Math.min(...others)) return 'mixed-kinds';
  }
  return null;
}
