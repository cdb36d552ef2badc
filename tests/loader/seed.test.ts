import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parseNote, type ParsedNote } from '../../src/core/notes/parse.js';
import { isClause } from '../../src/core/notes/patterns.js';
import type { StepsBank, TermsBank } from '../../src/core/types.js';

// The real user's notes from ../shared: the first input the loader must handle perfectly.
// Only names (terms, titles, aliases) are asserted here: the seed's sentences stay out of the repo.

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = path.resolve(here, '../../../shared/seed/000_861752a538b29261.txt');
const present = existsSync(SEED);
// When it is absent these tests skip; tests/support/global-setup.ts says why, once per run.

const suite = present ? describe : describe.skip;

suite('the seed notes', () => {
  const parsed: ParsedNote = present ? parseNote('seed.md', readFileSync(SEED, 'utf8')) : parseNote('seed.md', '');
  const { banks, warnings } = parsed;
  const termBanks = banks.filter((b): b is TermsBank => b.kind === 'terms');
  const entries = termBanks.flatMap((b) => b.entries);

  function bank(title: string): TermsBank {
    const found = termBanks.filter((b) => b.title === title);
    expect(found, `one terms bank titled ${title}`).toHaveLength(1);
    return found[0] as TermsBank;
  }
  function steps(title: string): StepsBank {
    const found = banks.filter((b): b is StepsBank => b.kind === 'steps' && b.title === title);
    expect(found, `one steps bank titled ${title}`).toHaveLength(1);
    return found[0] as StepsBank;
  }
  const terms = (title: string) => bank(title).entries.map((e) => e.term);

  it('reads the front matter and loads without warnings', () => {
    expect(parsed.note.title).toBe('K8s&Docker知识库');
    expect(parsed.note.tags).toEqual(['职业技能', '面试', '后端']);
    expect(warnings).toEqual([]);
  });

  it('finds at least 80 terms with a definition', () => {
    expect(entries.filter((e) => e.detail.trim()).length).toBeGreaterThanOrEqual(80);
  });

  it('groups the controllers under kube-controller-manager', () => {
    expect(terms('kube-controller-manager')).toEqual([
      'Node Controller',
      'Job Controller',
      'Endpoint Controller',
      'ServiceAccount Controller',
      'ReplicaSet Controller',
      'Deployment Controller',
    ]);
    expect(bank('kube-controller-manager').entries.every((e) => e.detail)).toBe(true);
  });

  it('groups the probes under kubelet', () => {
    expect(terms('kubelet')).toEqual(['Liveness Probe', 'Readiness Probe', 'Startup Probe']);
    expect(bank('kubelet').path.at(-1)).toBe('kubelet');
  });

  it('groups the cloud controllers under cloud-control-manager', () => {
    expect(terms('cloud-control-manager')).toEqual(['Node Controller', 'Service Controller', 'Route Controller']);
  });

  it('titles lists with their lead-ins', () => {
    expect(terms('Service类型')).toEqual(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
    expect(terms('常见的存储卷')).toEqual(expect.arrayContaining(['emptyDir', 'configMap', 'secret', 'Persistent Volume Claim']));
    expect(terms('Deployment的更新升级策略')).toEqual(['Recreate', 'RollingUpdate']);
    expect(terms('k8s调度方式')).toEqual(expect.arrayContaining(['NodeSelector', 'NodeAffinity', 'Taints和Toleration']));
    expect(terms('镜像下载策略')).toEqual(['Always', 'Never', 'IfNotPresent']);
    expect(terms('EFK')).toEqual(['Elasticsearch', 'Fluentd', 'Kibana']);
    expect(terms('存储类型')).toEqual(['NFS', 'Ceph', 'iSCSI']);
    expect(terms('Service分发后端策略')).toEqual(['RoundRobin', 'SessionAffinity']);
    expect(terms('K8s的PodSecurityPolicy')).toHaveLength(4);
  });

  it('reads the access modes with their abbreviations as aliases', () => {
    expect(bank('Persistent Volume的访问模式').entries.map((e) => [e.term, e.aliases])).toEqual([
      ['ReadWriteOnce', ['RWO']],
      ['ReadOnlyMany', ['ROX']],
      ['ReadWriteMany', ['RWX']],
    ]);
  });

  it('reads the Pod lifecycle as its phases, which are states and so never ordered', () => {
    const lifecycle = bank('Pod生命周期');
    expect(lifecycle.sequential).toBeUndefined();
    expect(lifecycle.entries.map((e) => e.term)).toEqual(['Pending', 'Running', 'Succeed', 'Failed', 'Unknown']);
    expect(lifecycle.entries.every((e) => e.detail)).toBe(true);
  });

  it('reads both step lists complete and in order', () => {
    for (const [title, count] of [
      ['Pod创建流程', 6],
      ['Pod终止流程', 9],
    ] as const) {
      const list = steps(title);
      expect(list.steps, title).toHaveLength(count);
      expect(list.steps.map((s) => s.line)).toEqual(list.steps.map((_, i) => (list.steps[0] as { line: number }).line + i));
      expect(list.steps.every((s) => s.text.length > 4)).toBe(true);
    }
    expect(steps('Pod创建流程').steps.at(-1)?.text).toContain('etcd');
    expect(steps('PV生命周期').steps.map((s) => s.text.replace(/\(.*\)$/, ''))).toEqual([
      'Provisioning',
      'Binding',
      'Using',
      'Releasing',
      'Reclaiming',
    ]);
  });

  it('reads the glossary acronyms with their expansions as aliases', () => {
    const byTerm = new Map(entries.map((e) => [e.term, e]));
    const expected: Record<string, string> = {
      gRPC: 'Google Remote Procedure Call',
      RBAC: 'Role-Based Access Control',
      SELinux: 'Security-Enhanced Linux',
      VIP: 'Virtual IP Address',
      VRRP: 'Virtual Router Redundancy Protocol',
      CSI: 'Container Storage Interface',
      CNI: 'Container Network Interface',
      NFS: 'Network File System',
      DNS: 'Domain Name System',
    };
    for (const [term, expansion] of Object.entries(expected)) {
      expect(byTerm.get(term)?.aliases, term).toEqual([expansion]);
    }
    for (const term of ['raft算法', 'keepalive', 'Docker Swarm', 'Calico', 'OpenvSwitch', '分布式系统的脑裂现象', 'Headless Service', 'init container']) {
      expect(byTerm.get(term)?.detail, term).toBeTruthy();
    }
  });

  it('keeps the top-level components and objects', () => {
    const names = new Set(entries.map((e) => e.term));
    for (const term of ['Kubernetes', 'kube-api-server', 'etcd', 'kubectl', 'kube-proxy', 'Pod', 'Label', 'StatefulSet', 'Ingress', 'Watch', 'Reconciliation', 'Lease', 'flannel', 'Helm', 'iptables', 'IPVS']) {
      expect(names.has(term), term).toBe(true);
    }
  });

  it('poses no sentence fragments as terms', () => {
    for (const entry of entries) {
      expect(stringWidth(entry.term), entry.term).toBeLessThanOrEqual(34);
      expect(entry.term).not.toMatch(/[，。]/);
      if (entry.detail) expect(isClause(entry.term), entry.term).toBe(false);
    }
  });

  it('gives every entry and step a line inside the file', () => {
    const lines = present ? readFileSync(SEED, 'utf8').split('\n').length : 0;
    for (const b of banks) {
      const at = b.kind === 'terms' ? b.entries.map((e) => e.line) : b.kind === 'steps' ? b.steps.map((s) => s.line) : b.pairs.map((p) => p.line);
      for (const line of at) expect(line >= 1 && line <= lines).toBe(true);
    }
    const controllers = bank('kube-controller-manager');
    expect(controllers.entries.map((e) => e.line)).toEqual(controllers.entries.map((_, i) => (controllers.entries[0] as { line: number }).line + i));
  });
});
