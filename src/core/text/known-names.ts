// Names every Kubernetes and Docker reader knows, and the one-letter slips notes make in them
// (`DaemenSet`, `kebe-scheduler`): a question teaches the name as the field spells it, not as a
// note mistyped it. Only long names, and only one letter off, so a real other name is not touched.

const KNOWN = [
  'DaemonSet', 'StatefulSet', 'Deployment', 'ReplicaSet', 'ReplicationController', 'CronJob', 'ConfigMap',
  'PersistentVolume', 'PersistentVolumeClaim', 'StorageClass', 'NetworkPolicy', 'ServiceAccount', 'ClusterRole',
  'RoleBinding', 'ClusterRoleBinding', 'HorizontalPodAutoscaler', 'VerticalPodAutoscaler', 'PodDisruptionBudget',
  'CustomResourceDefinition', 'ResourceQuota', 'LimitRange', 'EndpointSlice', 'Endpoints', 'Namespace', 'Ingress',
  'IngressClass', 'kube-scheduler', 'kube-apiserver', 'kube-controller-manager', 'cloud-controller-manager',
  'kube-proxy', 'kubelet', 'kubectl', 'kubeadm', 'Kubernetes', 'containerd', 'CoreDNS', 'Dockerfile', 'Prometheus',
  'Grafana', 'Elasticsearch', 'Fluentd', 'Kibana', 'Calico', 'Flannel', 'Cilium', 'CrashLoopBackOff',
  'ImagePullBackOff', 'ErrImagePull', 'ContainerCreating', 'Terminating', 'OOMKilled',
  // iptables' chains, which every Service's traffic goes through.
  'PREROUTING', 'POSTROUTING', 'FORWARD',
  // Service types, rollout fields and the CRI's two services, which notes spell out by hand.
  'NodePort', 'ClusterIP', 'LoadBalancer', 'ExternalName', 'maxSurge', 'maxUnavailable', 'RuntimeService', 'ImageService',
  // Resource names as a ResourceQuota or kubectl spells them (`congfigmaps` is a slip).
  'configmaps', 'persistentvolumeclaims', 'replicationcontrollers', 'resourcequotas', 'deployments', 'statefulsets', 'daemonsets', 'namespaces',
];

/** Real names one letter from a known one: never "corrected". */
const REAL_NEIGHBOURS = new Set(['kubectx', 'kubectl', 'kubelet', 'kubenet', 'kubeadm', 'kubecfg', 'kubetpl', 'kubeval', 'kubesec', 'kubents', 'fluentd', 'fluentbit', 'endpoint', 'cilium', 'calicoctl', 'grafana', 'prometheus', 'namespaced']);

const MIN_LENGTH = 7;
const byLength = new Map<number, string[]>();
for (const name of KNOWN) {
  const list = byLength.get(name.length) ?? [];
  list.push(name);
  byLength.set(name.length, list);
}

/**
 * One letter replaced, or two neighbours swapped, between `a` and `b` (lower case). A letter more
 * or less is left alone: `Endpoint` and `container` are names too, not slips of `Endpoints`, `containerd`.
 */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b || a.length !== b.length) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || swapped(a, b);
}

/**
 * One letter dropped or doubled inside a long name (`maxurge`, `RunntimeService`): `shorter` is `longer`
 * without one of its letters, not the last (a plural's `s`, `Endpoint` beside `Endpoints`).
 */
function oneLetterApart(shorter: string, longer: string): boolean {
  if (longer.length !== shorter.length + 1 || longer.length < LONG_NAME) return false;
  let i = 0;
  while (shorter[i] === longer[i]) i++;
  // (A hyphen more or less is another way of writing it, `kube-api-server`, or another name, `KubeAPIServer`.)
  return i < shorter.length && /[a-z]/.test(longer[i] as string) && shorter.slice(i) === longer.slice(i + 1);
}

/** Names at least this long can lose or gain a letter and still be recognised. */
const LONG_NAME = 8;

/** Dockerfile instructions, short but written in capitals: two letters swapped (`FORM`) is a slip too. */
const INSTRUCTIONS = ['FROM', 'COPY', 'USER', 'EXPOSE', 'VOLUME', 'WORKDIR', 'LABEL', 'ENTRYPOINT', 'ONBUILD', 'HEALTHCHECK', 'SHELL', 'STOPSIGNAL', 'MAINTAINER'];

/** Two neighbouring letters swapped, and nothing else. */
function swapped(a: string, b: string): boolean {
  if (a === b || a.length !== b.length) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The known name a word misspells by one letter, or null (also for the name itself). */
function knownSpelling(word: string): string | null {
  if (/^[A-Z]{4,}$/.test(word)) {
    const instruction = INSTRUCTIONS.find((name) => swapped(word, name));
    if (instruction) return instruction;
  }
  if (word.length < MIN_LENGTH) return null;
  const lower = word.toLowerCase();
  if (REAL_NEIGHBOURS.has(lower)) return null;
  for (const name of byLength.get(word.length) ?? []) {
    const known = name.toLowerCase();
    if (lower === known) return null;
    // `containers` beside `containerd`: a plural of another word, not a slip in the last letter.
    if (lower.endsWith('s') && lower.slice(0, -1) === known.slice(0, -1)) continue;
    if (oneSlipApart(lower, known)) return name;
  }
  for (const name of [...(byLength.get(word.length + 1) ?? []), ...(byLength.get(word.length - 1) ?? [])]) {
    const known = name.toLowerCase();
    if (oneLetterApart(lower, known) || oneLetterApart(known, lower)) return name;
  }
  return null;
}

/** `DaemenSet` → `DaemonSet`, `kebectl drain` → `kubectl drain`; anything else as it was. */
export function correctKnownNames(term: string): string {
  return term.replace(/[A-Za-z][\w-]*/g, (word) => knownSpelling(word) ?? word);
}
