// Which files hold instructions for an AI assistant rather than notes: asked by the loader of
// every file it finds, so it sits apart from the heading rules (a start that loads no note
// parses nothing and needs none of them). Pure.

/**
 * `AGENTS.md`, `CLAUDE.md`, `copilot-instructions.md`, `assignment-3/prompt.md`: instructions written for
 * an AI assistant (how to write a course's pages, its gates and files), not notes on the field.
 */
const ASSISTANT_INSTRUCTIONS = /^(?:(?:AGENTS|CLAUDE|GEMINI|COPILOT[-_]INSTRUCTIONS)(?:[._-].*)?|(?:[\w-]*[-_])?prompts?\.(?:md|markdown|txt))$/i;

/** `IDENTITY.md`, `SOUL.md`, `SKILL.md`: an agent's persona or skill, named in capitals as agent workspaces name them (`identity.md` may be notes on IAM). */
const AGENT_PERSONA = /^(?:IDENTITY|SOUL|PERSONA|SKILL)\.md$/;

/** Whether a file (by its name, in any folder) holds instructions for an AI assistant. */
export function isAssistantInstructions(file: string): boolean {
  const name = file.split(/[\\/]/).pop() ?? '';
  return ASSISTANT_INSTRUCTIONS.test(name) || AGENT_PERSONA.test(name);
}
