import { clip, wrap } from './layout.js';

// marked-terminal costs ~300 ms to import (syntax highlighting), so it loads on first
// use. Its reflow counts UTF-16 units and doubles CJK lines, so it renders unwrapped
// and the text is wrapped here by display width.

type Render = (markdown: string) => string;
let renderer: Promise<Render> | null = null;

async function load(): Promise<Render> {
  const [{ Marked }, { markedTerminal }] = await Promise.all([import('marked'), import('marked-terminal')]);
  const marked = new Marked();
  marked.use(markedTerminal({ reflowText: false, tab: 2, showSectionPrefix: false }) as Parameters<typeof marked.use>[0]);
  return (markdown) => String(marked.parse(markdown, { async: false }));
}

/** Starts loading marked-terminal (while the person reads a question), so the first feedback need not wait. */
export function preloadMarkdown(): void {
  renderer ??= load();
  renderer.catch(() => {
    renderer = null; // tried again, and reported, when it is first needed
  });
}

/** Markdown to terminal text with colour; `markdown` must already be sanitised. */
export async function renderMarkdown(markdown: string, width: number): Promise<string> {
  renderer ??= load();
  const render = await renderer;
  // Lines cut first: marked's emphasis lexer is quadratic in a line's length.
  return wrap(render(clip(markdown)).replace(/\n+$/, ''), width);
}
