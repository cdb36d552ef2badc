import { kitOf } from '../core/session/index.js';
import type { Question } from '../core/types.js';
import { hanging } from '../ui/layout.js';

// `k8s-quiz questions` without --json: each question, its numbered choices, and the key.

/**
 * `1. [define] prompt`, the choices `   1) …`, then `   → key  (file:line)`; the key as the kit
 * prints it, the type as the interface names it (`[释义]` in Chinese, the --type name in English). Wrapped to `width`, every line of a multi-line prompt or answer under its own
 * indent (a recall's reference of several lines stays under its arrow).
 */
export function formatQuestionList(questions: readonly Question[], width = 80, typeName: (type: Question['type']) => string = (type) => type): string {
  const lines: string[] = [];
  questions.forEach((q, i) => {
    // Choices and key under the prompt's text, also from question 10 on (`10. ` is one column wider).
    const lead = `${i + 1}. `;
    const indent = ' '.repeat(lead.length);
    lines.push(hanging(lead, `[${typeName(q.type)}] ${q.prompt}`, width));
    q.choices.forEach((c, n) => lines.push(hanging(`${indent}${n + 1}) `, c, width)));
    lines.push(hanging(`${indent}→ `, `${kitOf(q).key(q)}  (${q.source.file}:${q.source.line})`, width));
  });
  return lines.join('\n');
}

export function questionsJson(questions: readonly Question[]): string {
  return JSON.stringify(questions, null, 2);
}
