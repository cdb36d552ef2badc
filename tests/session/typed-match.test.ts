import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { answerWords, compactAnswer, forgivableEnding, forgivableTypo, matchTyped } from '../../src/core/session/kinds/typed-match.js';
import { typoDistance } from '../../src/core/text/index.js';

// Typed answers: right after normalisation (case, spacing, hyphens and underscores, width,
// accepted spellings, one small typo per word of four or more letters), with the differences
// named. Chinese answers are compared after NFKC and spacing only.

const CNI = 'Container Network Interface';

describe('English', () => {
  test.each([
    ['Container Network Interface'],
    ['container network interface'],
    ['container-network  interface'],
    ['CONTAINER_NETWORK_INTERFACE'],
    ['  Container Network Interface.  '],
    ['ContainerNetworkInterface'],
    ['Ｃｏｎｔａｉｎｅｒ Ｎｅｔｗｏｒｋ Ｉｎｔｅｒｆａｃｅ'], // full width
  ])('%j is right, with nothing to show', (typed) => {
    expect(matchTyped(typed, CNI)).toEqual({ right: true, closest: CNI, changes: [] });
  });

  test('one swap of neighbours in a word is forgiven, and named', () => {
    expect(matchTyped('Contianer Network Interface', CNI)).toEqual({
      right: true,
      closest: CNI,
      changes: [{ typed: 'Contianer', expected: 'Container', forgiven: true }],
    });
  });

  test('one small typo in each of several words is forgiven', () => {
    const match = matchTyped('Containr Netwrok Interfase', CNI);
    expect(match.right).toBe(true);
    expect(match.changes.map((c) => c.forgiven)).toEqual([true, true, true]);
  });

  test('a missing word is wrong, and named', () => {
    expect(matchTyped('Container Interface', CNI)).toEqual({ right: false, closest: CNI, changes: [{ typed: '', expected: 'Network' }] });
  });

  test('a wrong word and an extra word are named', () => {
    expect(matchTyped('Container Storage Interface', CNI).changes).toEqual([{ typed: 'Storage', expected: 'Network' }]);
    expect(matchTyped('Container Network Interface Plugin', CNI).changes).toEqual([{ typed: 'Plugin', expected: '' }]);
  });

  test('two typos in one word are not forgiven', () => {
    expect(matchTyped('Contaniner Netwokr Interface', CNI).right).toBe(true);
    expect(matchTyped('Cnotianer Network Interface', CNI).right).toBe(false);
  });

  test('no typo forgiveness in words of fewer than four letters', () => {
    expect(matchTyped('Domain Name Sytem', 'Domain Name System').right).toBe(true);
    expect(matchTyped('pad', 'pod').right).toBe(false);
    expect(matchTyped('Pdo', 'Pod').right).toBe(false);
  });

  test('digits must be the same: IPv4 is not IPv6, HTTP/2 not HTTP/3', () => {
    expect(matchTyped('IPv4', 'IPv6').right).toBe(false);
    expect(matchTyped('http3', 'http2').right).toBe(false);
    expect(matchTyped('IPV6', 'IPv6').right).toBe(true);
  });

  test('an accepted alternative is right; the closest spelling is the one compared', () => {
    expect(matchTyped('RWO', 'ReadWriteOnce', ['RWO'])).toEqual({ right: true, closest: 'RWO', changes: [] });
    const match = matchTyped('Container Networking Interfac', CNI, ['Container Networking Interface']);
    expect(match).toMatchObject({ right: true, closest: 'Container Networking Interface' });
  });

  test('the singular for the plural (and back) is right; a different word is not', () => {
    expect(matchTyped('PodSecurityPolicy', 'Pod Security Policies').right).toBe(true);
    expect(matchTyped('network policies', 'NetworkPolicy').right).toBe(true);
    expect(matchTyped('ReplicaSets', 'replicaset').right).toBe(true);
    expect(matchTyped('Services', 'ServiceAccount').right).toBe(false);
  });

  test("a field named in full, with its object's words before it, is right; half of it is not", () => {
    expect(matchTyped('persistentVolumeReclaimPolicy', 'reclaimPolicies', ['reclaimPolicy'])).toEqual({ right: true, closest: 'reclaimPolicies', changes: [] });
    expect(matchTyped('spec.nodeName', 'nodeName').right).toBe(true);
    expect(matchTyped('reclaim', 'reclaimPolicy').right).toBe(false);
    expect(matchTyped('podName', 'nodeName').right).toBe(false);
    expect(matchTyped('maxUnavailablePods', 'maxUnavailable').right).toBe(false);
  });

  test('an empty or punctuation-only answer is wrong', () => {
    expect(matchTyped('', CNI).right).toBe(false);
    expect(matchTyped('...', CNI).right).toBe(false);
  });
});

describe('Chinese', () => {
  test('NFKC and spacing only', () => {
    expect(matchTyped('容器网络接口', '容器网络接口').right).toBe(true);
    expect(matchTyped('容器 网络 接口', '容器网络接口').right).toBe(true);
    expect(matchTyped('容器网络接口。', '容器网络接口').right).toBe(true);
    expect(matchTyped('Pod 网络', 'pod网络').right).toBe(true);
  });

  test('no typo forgiveness: one wrong character is a different word', () => {
    const match = matchTyped('容器网络接囗', '容器网络接口');
    expect(match.right).toBe(false);
    expect(match.changes).toEqual([{ typed: '囗', expected: '口' }]);
  });

  test('missing characters are named as a run, without spaces', () => {
    expect(matchTyped('容器接口', '容器网络接口').changes).toEqual([{ typed: '', expected: '网络' }]);
  });

  test('an English alternative of a Chinese answer', () => {
    expect(matchTyped('cni', '容器网络接口', ['CNI']).right).toBe(true);
  });
});

describe('the pieces', () => {
  test('compactAnswer and answerWords', () => {
    expect(compactAnswer(' Kube-Proxy_Mode. ')).toBe('kubeproxymode');
    expect(answerWords('kube-proxy 在每个节点')).toEqual(['kube', 'proxy', '在', '每', '个', '节', '点']);
  });

  test('typoDistance counts a swap of neighbours as one edit', () => {
    expect(typoDistance('container', 'contianer')).toBe(1);
    expect(typoDistance('container', 'containr')).toBe(1);
    expect(typoDistance('container', 'contaner')).toBe(1);
    expect(typoDistance('container', 'cnotianer')).toBe(2);
    expect(typoDistance('', 'abc')).toBe(3);
  });

  test('forgivableTypo: letters only, four or more, one edit, never CJK', () => {
    expect(forgivableTypo('Contianer', 'Container')).toBe(true);
    expect(forgivableTypo('nodes', 'node')).toBe(true);
    expect(forgivableTypo('pods', 'pod')).toBe(false);
    expect(forgivableTypo('接囗', '接口')).toBe(false);
  });

  test('an English ending added to a word is forgiven either way, and named; a swapped ending is not', () => {
    expect(matchTyped('OOMKilled', 'OOMKill')).toEqual({ right: true, closest: 'OOMKill', changes: [{ typed: 'OOMKilled', expected: 'OOMKill', forgiven: true }] });
    expect(matchTyped('Evict', 'Evicted').right).toBe(true);
    expect(matchTyped('Container Runtimes Interface', 'Container Runtime Interface').right).toBe(true);
    // Two Pod states, one letter run apart: never the same answer.
    expect(matchTyped('Terminated', 'Terminating').right).toBe(false);
    expect(forgivableEnding('Pods', 'Pod')).toBe(false); // a stem of three letters says too little
    expect(forgivableEnding('Killer', 'Kill')).toBe(false);
    expect(forgivableEnding('镜像的', '镜像')).toBe(false);
  });

  test('property: the answer itself, in any case and with any separators, is right', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '-', '_', '  '), (words, sep) => {
        const answer = words.join(' ');
        expect(matchTyped(words.join(sep).toUpperCase(), answer).right).toBe(true);
      }),
    );
  });
});
