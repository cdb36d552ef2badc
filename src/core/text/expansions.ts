import { looseMatchKey } from './normalize.js';

// What abbreviations of this field stand for, where one expansion is not the whole truth.
// Facts, not sentences of any note: an abbreviation written out two accepted ways takes
// either when typed, and one that stands for different things in this field is not asked
// to be typed at all (its other meaning is as right as the note's).

/** Expansions that name the same thing: each is a right answer. */
const SAME: readonly (readonly string[])[] = [
  ['VXLAN Network Identifier', 'Virtual Network Identifier', 'VXLAN Network ID'],
  ['Horizontal Pod Autoscaler', 'Horizontal Pod Autoscaling'],
  ['Vertical Pod Autoscaler', 'Vertical Pod Autoscaling'],
  ['Garbage Collection', 'Garbage Collector'],
  ['Continuous Delivery', 'Continuous Deployment'],
  ['Load Balancer', 'Load Balancing'],
  ['Pod Security Standards', 'Pod Security Standard'],
  ['Container Network Interface', 'Container Networking Interface'],
  ['Domain Name System', 'Domain Name Service'],
  ['Quality of Service', 'Quality-of-Service'],
  // The g is recursive by the project's own account; Google's is how most people first read it.
  ['gRPC Remote Procedure Calls', 'gRPC Remote Procedure Call', 'Google Remote Procedure Call', 'Google Remote Procedure Calls'],
  ['Write-Ahead Log', 'Write-Ahead Logging'],
  // The licence's own name carries GNU; many notes leave it off.
  ['GNU General Public License', 'General Public License', 'GNU General Public Licence', 'General Public Licence'],
  // RAID's I was Inexpensive in the paper that named it; vendors made it Independent.
  ['Redundant Array of Independent Disks', 'Redundant Array of Inexpensive Disks'],
  ['Variable Length Subnet Mask', 'Variable Length Subnet Masking'],
  ['Secure Sockets Layer', 'Secure Socket Layer'],
  ['Secure Shell', 'Secure Socket Shell'],
  // MTTR is read four ways, each common.
  ['Mean Time To Recovery', 'Mean Time To Repair', 'Mean Time To Restore', 'Mean Time To Resolve'],
];

/**
 * Expansions a project gives for itself, where the one notes repeat is a reading of it (`Google Remote
 * Procedure Call`): the project's own is the answer shown, the note's is still accepted.
 */
const OWN_READING = ['gRPC Remote Procedure Calls', 'GNU General Public License'];

/** The project's own expansion, when `long` is another reading of it; otherwise undefined. */
export function ownExpansion(long: string): string | undefined {
  const group = SAME.find((g) => g.some((e) => looseMatchKey(e) === looseMatchKey(long)));
  const own = group?.find((e) => OWN_READING.includes(e));
  return own !== undefined && looseMatchKey(own) !== looseMatchKey(long) ? own : undefined;
}

/** Abbreviations that stand for different things in this field (`ACI`: Azure Container Instances, App Container Image, Cisco's fabric). */
const AMBIGUOUS = new Set(['ACI', 'MCR', 'CA', 'CR', 'CM', 'DS', 'RS', 'NS', 'SC', 'PV', 'PD', 'SA', 'CD', 'CP', 'DC', 'RC', 'LB', 'PR', 'MR', 'ES']);


/** Objects, modes and interfaces known by a short name as often as by their own: either one, typed, names them. */
const SHORT_NAMES: readonly (readonly [string, string])[] = [
  ['RWO', 'ReadWriteOnce'],
  ['ROX', 'ReadOnlyMany'],
  ['RWX', 'ReadWriteMany'],
  ['RWOP', 'ReadWriteOncePod'],
  ['PVC', 'PersistentVolumeClaim'],
  ['HPA', 'HorizontalPodAutoscaler'],
  ['VPA', 'VerticalPodAutoscaler'],
  ['CRD', 'CustomResourceDefinition'],
  ['PDB', 'PodDisruptionBudget'],
  ['SVC', 'Service'],
  ['CM', 'ConfigMap'],
  ['STS', 'StatefulSet'],
  ['DS', 'DaemonSet'],
  ['RS', 'ReplicaSet'],
  ['NS', 'Namespace'],
  ['SA', 'ServiceAccount'],
  ['PV', 'PersistentVolume'],
  ['SC', 'StorageClass'],
  ['ABAC', 'Attribute-Based Access Control'],
  ['RBAC', 'Role-Based Access Control'],
  ['CNI', 'Container Network Interface'],
  ['CRI', 'Container Runtime Interface'],
  ['CSI', 'Container Storage Interface'],
  ['OCI', 'Open Container Initiative'],
  ['IPIP', 'IP-in-IP'],
  // The CSI sidecars: their projects are `external-…`, their images and containers `csi-…`.
  ['external-provisioner', 'csi-provisioner'],
  ['external-attacher', 'csi-attacher'],
  ['external-resizer', 'csi-resizer'],
  ['external-snapshotter', 'csi-snapshotter'],
  // The control plane's components, by their binaries' names or as people say them.
  ['kube-apiserver', 'API server'],
  ['kube-apiserver', 'apiserver'],
  ['kube-scheduler', 'scheduler'],
  ['kube-controller-manager', 'controller manager'],
  ['kube-controller-manager', 'controller-manager'],
  // The webhook admission plugins, by their plugin names or as their configurations call them.
  ['MutatingWebhook', 'MutatingAdmissionWebhook'],
  ['ValidatingWebhook', 'ValidatingAdmissionWebhook'],
  // Scheduler predicates by their names before the scheduling framework, and the plugins that replaced them.
  ['PodFitsResources', 'NodeResourcesFit'],
  ['PodFitsHostPorts', 'NodePorts'],
  ['PodFitsHost', 'NodeName'],
  ['PodToleratesNodeTaints', 'TaintToleration'],
  ['CheckNodeUnschedulable', 'NodeUnschedulable'],
  ['MatchInterPodAffinity', 'InterPodAffinity'],
];

/** The other name of a Kubernetes object or mode known by two (`RWO` and `ReadWriteOnce`), when `name` is one of them. */
export function otherNameOf(name: string): string[] {
  const key = looseMatchKey(name);
  return SHORT_NAMES.filter((pair) => pair.some((n) => looseMatchKey(n) === key)).flatMap((pair) => pair.filter((n) => looseMatchKey(n) !== key));
}

/** Other ways to write out `long`, all right. */
export function otherExpansions(long: string): string[] {
  const group = SAME.find((g) => g.some((e) => looseMatchKey(e) === looseMatchKey(long)));
  const out = group ? group.filter((e) => looseMatchKey(e) !== looseMatchKey(long)) : [];
  // `Virtual IP Address` and `Virtual IP` (VIP) are one thing: an IP is an address either way.
  const ip = /^(.*\bIP)(\s+address(?:es)?)?$/i.exec(long.trim());
  if (ip) out.push(ip[2] ? (ip[1] as string) : `${ip[1] as string} Address`);
  // `Process ID` and `Process Identifier` (PID): ID is the identifier's own short form.
  if (/\bID\b/.test(long)) out.push(long.replace(/\bID\b/g, 'Identifier'));
  else if (/\bidentifier\b/i.test(long)) out.push(long.replace(/\bidentifier\b/gi, 'ID'));
  return out;
}

/** Whether `short` stands for different things in this field, so typing one expansion is not the only right answer. */
export function hasSeveralMeanings(short: string): boolean {
  return AMBIGUOUS.has(short.trim().toUpperCase());
}
