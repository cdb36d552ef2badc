import { looseMatchKey } from './normalize.js';

// The full lists behind the lists notes write: a note may leave a member out (a PV can be
// Pending too), and an outsider offered as "not in this group" must not be a real member the
// note forgot. Facts of Kubernetes and Docker, matched by the words of a group's title.

const SETS: { title: RegExp; members: string[] }[] = [
  { title: /\b(?:pv|persistent ?volume)s?\b.*(?:状态|阶段|phases?|status)|(?:pv|持久卷).*(?:状态|阶段)/i, members: ['Available', 'Bound', 'Released', 'Failed', 'Pending'] },
  { title: /\b(?:pvc|persistent ?volume ?claim)s?\b.*(?:状态|阶段|phases?|status)/i, members: ['Pending', 'Bound', 'Lost'] },
  { title: /\bpods?\b.*(?:状态|阶段|phases?|status)/i, members: ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'] },
  { title: /容器.*(?:状态|阶段)|\bcontainer\b.*\b(?:states?|status)\b/i, members: ['Waiting', 'Running', 'Terminated', 'Created', 'Paused', 'Restarting', 'Exited', 'Dead', 'Removing'] },
  { title: /\bservices?\b.*(?:类型|types?)|\b(?:types?|kinds?)\s+of\s+services?\b/i, members: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'Headless'] },
  { title: /访问模式|access ?modes?/i, members: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod', 'RWO', 'ROX', 'RWX', 'RWOP'] },
  { title: /重启策略|restart ?polic/i, members: ['Always', 'OnFailure', 'Never', 'no', 'on-failure', 'unless-stopped', 'always'] },
  { title: /(?:拉取|下载)策略|pull ?polic/i, members: ['Always', 'IfNotPresent', 'Never'] },
  { title: /回收策略|reclaim ?polic/i, members: ['Retain', 'Delete', 'Recycle'] },
  { title: /(?:docker\s*)?(?:网络|network)\s*(?:驱动|模式|drivers?|modes?)/i, members: ['bridge', 'host', 'none', 'overlay', 'macvlan', 'ipvlan', 'container'] },
  { title: /污点.*(?:效果|effect)|taint ?effects?/i, members: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] },
  { title: /(?:更新|升级|部署)策略|(?:update|deployment) ?strateg/i, members: ['RollingUpdate', 'Recreate', 'OnDelete'] },
  { title: /探针|probes?/i, members: ['livenessProbe', 'readinessProbe', 'startupProbe', 'Liveness Probe', 'Readiness Probe', 'Startup Probe', 'exec', 'httpGet', 'tcpSocket', 'grpc'] },
  { title: /工作负载|workload/i, members: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController', 'Pod'] },
  { title: /qos/i, members: ['Guaranteed', 'Burstable', 'BestEffort'] },
  // A container's waiting reasons show in its Pod's events too (`Error: ErrImagePull`): never outsiders to event reasons.
  {
    title: /\bevent ?reasons?\b|事件原因/i,
    members: ['Scheduled', 'FailedScheduling', 'Pulling', 'Pulled', 'Created', 'Started', 'Killing', 'BackOff', 'Failed', 'Unhealthy', 'Evicted', 'FailedMount', 'FailedAttachVolume', 'FailedCreatePodSandBox', 'NodeNotReady', 'SystemOOM', 'OOMKilling', 'OOMKilled', 'ErrImagePull', 'ImagePullBackOff', 'CrashLoopBackOff', 'CreateContainerConfigError', 'CreateContainerError', 'InvalidImageName', 'ErrImageNeverPull', 'RunContainerError'],
  },
  // What in a Pod's spec the scheduler reads: priority and preemption decide placement too.
  {
    title: /\bpod\b.*\b(?:placement|scheduling)\b.*\bfields?\b|pod.*调度(?:相关)?字段/i,
    members: ['nodeSelector', 'nodeName', 'affinity', 'nodeAffinity', 'podAffinity', 'podAntiAffinity', 'tolerations', 'topologySpreadConstraints', 'schedulerName', 'priorityClassName', 'priority', 'preemptionPolicy', 'schedulingGates'],
  },
  // Before cloud-controller-manager, kube-controller-manager ran the cloud controllers itself.
  {
    title: /kube-controller-manager|controller ?manager|控制器管理器/i,
    members: ['Node Controller', 'Route Controller', 'Service Controller', 'Node Lifecycle Controller', 'Node controller', 'Route controller', 'Service controller', 'node', 'route', 'service'],
  },
  {
    title: /admission|准入|built-in controllers/i,
    members: [
      'AlwaysAdmit', 'AlwaysDeny', 'AlwaysPullImages', 'CertificateApproval', 'CertificateSigning', 'CertificateSubjectRestriction', 'ClusterTrustBundleAttest',
      'DefaultIngressClass', 'DefaultStorageClass', 'DefaultTolerationSeconds', 'DenyServiceExternalIPs', 'EventRateLimit', 'ExtendedResourceToleration',
      'ImagePolicyWebhook', 'LimitPodHardAntiAffinityTopology', 'LimitRanger', 'MutatingAdmissionWebhook', 'NamespaceAutoProvision', 'NamespaceExists',
      'NamespaceLifecycle', 'NodeRestriction', 'OwnerReferencesPermissionEnforcement', 'PersistentVolumeClaimResize', 'PodNodeSelector', 'PodSecurity',
      'PodTolerationRestriction', 'Priority', 'ResourceQuota', 'RuntimeClass', 'ServiceAccount', 'StorageObjectInUseProtection', 'TaintNodesByCondition',
      'ValidatingAdmissionPolicy', 'ValidatingAdmissionWebhook',
    ],
  },
];

/** Whether `name` belongs to the real list a group titled `title` is part of, though the note left it out. */
export function belongsInFact(title: string, name: string): boolean {
  const key = looseMatchKey(name);
  return SETS.some((set) => set.title.test(title) && set.members.some((m) => looseMatchKey(m) === key));
}
