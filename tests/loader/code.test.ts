import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/notes/parse.js';
import type { QaBank } from '../../src/core/types.js';

// Code in an answer keeps its lines and indentation: a YAML answer without indentation is wrong.

const here = path.dirname(fileURLToPath(import.meta.url));
const text = readFileSync(path.join(here, '../fixtures/code-answers/qa.md'), 'utf8');
const pairs = parseNote('qa.md', text).banks.filter((b): b is QaBank => b.kind === 'qa').flatMap((b) => b.pairs);
const answer = (question: string) => pairs.find((p) => p.question === question)?.answer ?? '';

describe('code in answers', () => {
  it('keeps a fenced block under a question heading as written', () => {
    expect(answer('How do you limit the memory of a container?')).toContain('```yaml\nresources:\n  limits:\n    memory: 256Mi\n  requests:\n    memory: 128Mi\n```');
  });

  it('keeps the indentation of code inside <details>', () => {
    expect(answer('What does a minimal Deployment look like?')).toBe(
      '```yaml\napiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx\n```',
    );
  });

  it('keeps code inside a list item with its step, numbered as in the note', () => {
    expect(answer('How do you give a pod a config file?')).toBe(
      [
        '1. Create a ConfigMap from the file',
        '2. Mount it as a volume:',
        '   ```yaml',
        '   volumes:',
        '     - name: config',
        '       configMap:',
        '         name: app-config',
        '   ```',
        '3. Point the app at the mounted path',
      ].join('\n'),
    );
  });
});

describe('code under a term', () => {
  it('is one note, fence and lines together, indented as written', () => {
    const note = '## 工作负载\n\n- Deployment：管理无状态副本，支持滚动更新\n  - 示例：\n    ```yaml\n    spec:\n      replicas: 3\n    ```\n- StatefulSet：管理有状态副本，名字固定\n';
    const bank = parseNote('w.md', note).banks.find((b) => b.kind === 'terms');
    const entry = bank?.kind === 'terms' ? bank.entries[0] : undefined;
    expect(entry?.notes).toEqual(['示例：', '```yaml\n  spec:\n    replicas: 3\n  ```']);
    // Shown as a bullet, the block keeps its relative indentation under the bullet.
    expect(`- ${entry?.notes?.[1]}`).toBe('- ```yaml\n  spec:\n    replicas: 3\n  ```');
  });
});
