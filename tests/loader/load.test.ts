import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNotes } from '../../src/io/load.js';
import type { TermsBank } from '../../src/core/types.js';

const note = (term: string) => `---\ntitle: ${term}\n---\n\n## 组件\n\n- ${term}: 笔记里的定义\n- other-${term}: 另一个定义\n`;

let root: string;

function write(rel: string, content: string | Buffer): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-load-'));
  write('notes/a.md', note('alpha'));
  write('notes/sub/deeper/b.markdown', note('beta'));
  write('notes/sub/C.MD', note('gamma'));
  write('notes/readme.txt', note('text-file'));
  write('notes/node_modules/pkg/x.md', note('in-node-modules'));
  write('notes/.git/y.md', note('in-git'));
  write('notes/.hidden/z.md', note('in-hidden'));
  write('notes/.dotfile.md', note('dotfile'));
  write('notes/archetypes/default.md', note('in-archetypes'));
  write('notes/_book/a.md', note('in-gitbook-build'));
  write('notes/_site/a.md', note('in-jekyll-build'));
  mkdirSync(path.join(root, 'empty/inner'), { recursive: true });
  write('empty/inner/notes.txt', 'not markdown');
  write('bin/image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  write('big/huge.md', `- big: ${'x'.repeat(5000)}\n`);
  write('utf16/win.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('- etcd: 键值存储\n- kubelet: 节点代理\n', 'utf16le')]));
  write('gbk/old.md', Buffer.from([0x2d, 0x20, 0x65, 0x74, 0x63, 0x64, 0x3a, 0x20, 0xbc, 0xfc, 0xd6, 0xb5, 0x0a]));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const termsOf = (banks: { kind: string }[]) =>
  banks.filter((b): b is TermsBank => b.kind === 'terms').flatMap((b) => b.entries.map((e) => e.term));

describe('loadNotes', () => {
  it('walks folders recursively for .md and .markdown files only, in a stable order', async () => {
    const collection = await loadNotes(['notes'], root);
    expect(collection.sources.map((s) => s.file)).toEqual(['notes/a.md', 'notes/sub/C.MD', 'notes/sub/deeper/b.markdown']);
    expect(collection.sources.map((s) => s.title)).toEqual(['alpha', 'gamma', 'beta']);
    expect(termsOf(collection.banks)).toEqual(['alpha', 'other-alpha', 'gamma', 'other-gamma', 'beta', 'other-beta']);
    expect(collection.warnings).toEqual([]);
  });

  it("skips node_modules, .git, hidden folders and hidden files, a static site's page templates (archetypes/) and the sites built from the notes (_book/, _site/)", async () => {
    const terms = termsOf((await loadNotes(['notes'], root)).banks);
    expect(terms).toContain('alpha');
    for (const skipped of ['in-node-modules', 'in-git', 'in-hidden', 'dotfile', 'text-file', 'in-archetypes', 'in-gitbook-build', 'in-jekyll-build']) expect(terms).not.toContain(skipped);
  });

  it('skips folders of code and packages, and the files every repository carries (instructions for coding assistants too), when walking', async () => {
    const repo = path.join(root, 'repo');
    for (const dir of ['venv/lib', '.venv', 'site-packages/x', '__pycache__', 'vendor/lib', 'third_party/dep', 'templates/{{cookiecutter.project_name}}', 'sam/dist/_internal/builders', 'tool-2.6.0.dist-info']) {
      mkdirSync(path.join(repo, dir), { recursive: true });
      writeFileSync(path.join(repo, dir, 'README.md'), note(`in-${dir.split('/')[0]?.replace('.', '')}`));
    }
    for (const name of ['LICENSE.md', 'CHANGELOG.md', 'CODE_OF_CONDUCT.md', 'CONTRIBUTING.md', 'SECURITY.md', 'AGENTS.md', 'CLAUDE.md', 'prompt.md', 'lab-prompt.md']) writeFileSync(path.join(repo, name), note(name.split('.')[0] as string));
    writeFileSync(path.join(repo, 'pods.md'), note('pods'));
    // A project's source release unpacked beside the notes: its READMEs document its test images.
    mkdirSync(path.join(repo, 'source/kubernetes-1.25.0/test/images/agnhost'), { recursive: true });
    writeFileSync(path.join(repo, 'source/kubernetes-1.25.0/test/images/agnhost/README.md'), note('in-release'));
    writeFileSync(path.join(repo, 'source/kubernetes-1.25.0/go.mod'), 'module k8s.io/kubernetes\n');
    // A release's download unpacked: a licence beside its binaries and samples.
    mkdirSync(path.join(repo, 'deploy/istio-1.17.1/samples/certs'), { recursive: true });
    writeFileSync(path.join(repo, 'deploy/istio-1.17.1/LICENSE'), 'Apache License\n');
    writeFileSync(path.join(repo, 'deploy/istio-1.17.1/samples/certs/README.md'), note('in-download'));
    // Someone else's project checked out beside the notes, whatever its name: a build file and a licence.
    mkdirSync(path.join(repo, 'tools/cli-src/templates/hello'), { recursive: true });
    writeFileSync(path.join(repo, 'tools/cli-src/setup.py'), 'from setuptools import setup\n');
    writeFileSync(path.join(repo, 'tools/cli-src/LICENSE'), 'Apache License\n');
    writeFileSync(path.join(repo, 'tools/cli-src/templates/hello/README.md'), note('in-checkout'));
    // One's own demo app has a build file and no licence: its notes are read.
    mkdirSync(path.join(repo, 'demo-app'), { recursive: true });
    writeFileSync(path.join(repo, 'demo-app/package.json'), '{"name":"demo"}\n');
    writeFileSync(path.join(repo, 'demo-app/notes.md'), note('own-app'));
    // One's own notes on a release, named like one, are notes.
    mkdirSync(path.join(repo, 'releases/kubernetes-1.28.0'), { recursive: true });
    writeFileSync(path.join(repo, 'releases/kubernetes-1.28.0/whats-new.md'), note('release-notes'));
    // A Helm chart kept beside the notes: its README documents its values.
    mkdirSync(path.join(repo, 'deploy/charts/cache'), { recursive: true });
    writeFileSync(path.join(repo, 'deploy/charts/cache/Chart.yaml'), 'apiVersion: v2\nname: cache\nversion: 1.0.0\n');
    writeFileSync(path.join(repo, 'deploy/charts/cache/README.md'), note('in-chart'));
    writeFileSync(path.join(repo, 'deploy/how-we-deploy.md'), note('deploying'));
    const collection = await loadNotes(['repo'], root);
    expect(collection.sources.map((s) => s.file)).toEqual(['repo/demo-app/notes.md', 'repo/deploy/how-we-deploy.md', 'repo/pods.md', 'repo/releases/kubernetes-1.28.0/whats-new.md']);
    expect(termsOf((await loadNotes(['repo/deploy/charts/cache'], root)).banks)).toEqual(['in-chart', 'other-in-chart']);
    expect(termsOf((await loadNotes(['repo/source/kubernetes-1.25.0'], root)).banks)).toEqual(['in-release', 'other-in-release']);
    expect(termsOf((await loadNotes(['repo/deploy/istio-1.17.1'], root)).banks)).toEqual(['in-download', 'other-in-download']);
    // Named directly, a file is read whatever its name.
    expect(termsOf((await loadNotes(['repo/CHANGELOG.md'], root)).banks)).toEqual(['CHANGELOG', 'other-CHANGELOG']);
  });

  it('reads a file named directly whatever its extension', async () => {
    const collection = await loadNotes(['notes/readme.txt'], root);
    expect(termsOf(collection.banks)).toEqual(['text-file', 'other-text-file']);
  });

  it('warns about a path that does not exist and loads the rest', async () => {
    const collection = await loadNotes(['missing', 'notes/a.md', 'also/missing.md'], root);
    expect(collection.warnings).toEqual([
      { file: 'missing', line: 0, message: 'no such file or folder' },
      { file: 'also/missing.md', line: 0, message: 'no such file or folder' },
    ]);
    expect(collection.sources.map((s) => s.file)).toEqual(['notes/a.md']);
  });

  it('warns about a folder with no notes', async () => {
    const collection = await loadNotes(['empty', 'notes/a.md'], root);
    expect(collection.warnings).toEqual([{ file: 'empty', line: 0, message: expect.stringMatching(/no \.md or \.markdown files/) }]);
    expect(collection.sources).toHaveLength(1);
  });

  it('warns about a binary file named directly and loads the rest', async () => {
    const collection = await loadNotes(['bin/image.md', 'notes/a.md'], root);
    expect(collection.warnings).toEqual([{ file: 'bin/image.md', line: 0, message: expect.stringMatching(/binary/) }]);
    expect(collection.sources.map((s) => s.file)).toEqual(['notes/a.md']);
  });

  it('warns about a file over the size cap and loads the rest', async () => {
    const collection = await loadNotes(['big', 'notes/a.md'], root, { maxBytes: 1000 });
    expect(collection.warnings).toEqual([{ file: 'big/huge.md', line: 0, message: expect.stringMatching(/over the 1000-byte limit/) }]);
    expect(collection.sources.map((s) => s.file)).toEqual(['notes/a.md']);
    // Under the default cap the same file is read.
    expect((await loadNotes(['big'], root)).sources).toHaveLength(1);
  });

  it('reads UTF-16 notes that carry a byte-order mark', async () => {
    const collection = await loadNotes(['utf16'], root);
    expect(collection.warnings).toEqual([]);
    expect(termsOf(collection.banks)).toEqual(['etcd', 'kubelet']);
  });

  it('warns about a note that is not UTF-8 but still reads what it can', async () => {
    const collection = await loadNotes(['gbk'], root);
    expect(collection.warnings).toEqual([{ file: 'gbk/old.md', line: 0, message: expect.stringMatching(/not valid UTF-8/) }]);
    expect(termsOf(collection.banks)).toEqual(['etcd']);
  });

  it('reads the same file once when it is named twice', async () => {
    const collection = await loadNotes(['notes/a.md', 'notes', './notes/a.md'], root);
    expect(collection.sources.map((s) => s.file)).toEqual(['notes/a.md', 'notes/sub/C.MD', 'notes/sub/deeper/b.markdown']);
  });

  it('shows absolute paths for notes outside the working directory', async () => {
    const collection = await loadNotes([path.join(root, 'notes/a.md')], path.join(root, 'bin'));
    expect(collection.sources[0]?.file).toBe(path.join(root, 'notes/a.md'));
  });

  it('follows a symbolic link to a folder once, even when it loops', async () => {
    const dir = path.join(root, 'links');
    mkdirSync(path.join(dir, 'real'), { recursive: true });
    writeFileSync(path.join(dir, 'real/n.md'), note('linked'));
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'alias'));
    symlinkSync(dir, path.join(dir, 'real/loop'));
    const collection = await loadNotes(['links'], root);
    expect(termsOf(collection.banks)).toEqual(['linked', 'other-linked']);
  });

  describe('notes that share a title', () => {
    const readme = (term: string) => `## 组件\n\n- ${term}: 笔记里的定义\n- other-${term}: 另一个定义\n`;
    beforeAll(() => {
      write('gitbook/README.md', readme('top'));
      write('gitbook/k3s/README.md', readme('k3s'));
      write('gitbook/kubeadm/README.md', readme('kubeadm'));
      write('twins/a/pods.md', note('Pods'));
      write('twins/b/pods.md', note('Pods'));
    });
    const idsOf = (collection: Awaited<ReturnType<typeof loadNotes>>, file: RegExp) =>
      collection.banks.filter((b) => file.test(b.source.file)).map((b) => b.id);

    it('keeps the ids of a README.md in a folder of READMEs whatever folder the run starts in', async () => {
      const fromAbove = await loadNotes(['gitbook'], root);
      const fromInside = await loadNotes(['.'], path.join(root, 'gitbook'));
      const byAbsolutePath = await loadNotes([path.join(root, 'gitbook')], os.tmpdir());
      const ids = idsOf(fromAbove, /kubeadm\/README\.md$/);
      expect(ids).toHaveLength(1);
      expect(idsOf(fromInside, /kubeadm\/README\.md$/)).toEqual(ids);
      expect(idsOf(byAbsolutePath, /kubeadm\/README\.md$/)).toEqual(ids);
      // Each README still has banks of its own.
      expect(new Set(fromAbove.banks.map((b) => b.id)).size).toBe(3);
    });

    it('keeps apart the READMEs at the top of several folders named at once', async () => {
      write('books/one/README.md', readme('one'));
      write('books/two/README.md', readme('two'));
      write('books/three/README.md', readme('three'));
      const collection = await loadNotes(['books/one', 'books/two', 'books/three'], root);
      expect(new Set(collection.banks.map((b) => b.id)).size).toBe(3);
    });

    it('does not warn about READMEs titled by their file name, and warns when two notes declare one title', async () => {
      expect((await loadNotes(['gitbook'], root)).warnings).toEqual([]);
      const twins = await loadNotes(['twins'], root);
      expect(twins.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([
        'twins/b/pods.md: has the same title as twins/a/pods.md ("Pods"); give it its own `title:` in front matter so their progress stays apart',
      ]);
      expect(new Set(twins.banks.map((b) => b.id)).size).toBe(2);
    });
  });

  const isRoot = process.getuid?.() === 0;
  if (isRoot) console.warn('tests/loader/load.test.ts: skipping "unreadable file": running as root, which can read a chmod 000 file');
  it.skipIf(isRoot)('warns about an unreadable file and loads the rest', async () => {
    const file = write('locked/secret.md', note('locked'));
    chmodSync(file, 0o000);
    try {
      const collection = await loadNotes(['locked', 'notes/a.md'], root);
      expect(collection.warnings).toEqual([{ file: 'locked/secret.md', line: 0, message: 'cannot read: EACCES' }]);
      expect(collection.sources.map((s) => s.file)).toEqual(['notes/a.md']);
    } finally {
      chmodSync(file, 0o644);
    }
  });
});
