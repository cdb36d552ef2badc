import { kitOf } from '../core/session/index.js';
import type { Question } from '../core/types.js';

// `k8s-quiz questions` without --json: each question, its numbered choices, and the key.

/** `1. [define] prompt`, the choices `   1) …`, then `   → key  (file:line)`; the key as the kit prints it. */
export function formatQuestionList(questions: readonly Question[]): string {
  const lines: string[] = [];
  questions.forEach((q, i) => {
    lines.push(`${i + 1}. [${q.type}] ${q.prompt}`);
    q.choices.forEach((c, n) => lines.push(`   ${n + 1}) ${c}`));
    lines.push(`   → ${kitOf(q).key(q)}  (${q.source.file}:${q.source.line})`);
  });
  return lines.join('\n');
}

export function questionsJson(questions: readonly Question[]): string {
  return JSON.stringify(questions, null, 2);
}
