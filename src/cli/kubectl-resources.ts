/**
 * Built-in resource types as `kubectl api-resources` lists them on a Kubernetes 1.32+ cluster (NAME, SHORTNAMES,
 * APIVERSION, NAMESPACED, KIND). kubectl needs a cluster to print this list, so it is written down here and copied
 * into the kubectl snapshot by gen-kubectl.ts; the validator also accepts each kind's lower-case name (`service`).
 */
export interface ResourceType {
  name: string;
  shortNames: string[];
  apiVersion: string;
  namespaced: boolean;
  kind: string;
}

const r = (name: string, shortNames: string[], apiVersion: string, namespaced: boolean, kind: string): ResourceType => ({ name, shortNames, apiVersion, namespaced, kind });

export const BUILT_IN_RESOURCES: ResourceType[] = [
  r('bindings', [], 'v1', true, 'Binding'),
  r('componentstatuses', ['cs'], 'v1', false, 'ComponentStatus'),
  r('configmaps', ['cm'], 'v1', true, 'ConfigMap'),
  r('endpoints', ['ep'], 'v1', true, 'Endpoints'),
  r('events', ['ev'], 'v1', true, 'Event'),
  r('limitranges', ['limits'], 'v1', true, 'LimitRange'),
  r('namespaces', ['ns'], 'v1', false, 'Namespace'),
  r('nodes', ['no'], 'v1', false, 'Node'),
  r('persistentvolumeclaims', ['pvc'], 'v1', true, 'PersistentVolumeClaim'),
  r('persistentvolumes', ['pv'], 'v1', false, 'PersistentVolume'),
  r('pods', ['po'], 'v1', true, 'Pod'),
  r('podtemplates', [], 'v1', true, 'PodTemplate'),
  r('replicationcontrollers', ['rc'], 'v1', true, 'ReplicationController'),
  r('resourcequotas', ['quota'], 'v1', true, 'ResourceQuota'),
  r('secrets', [], 'v1', true, 'Secret'),
  r('serviceaccounts', ['sa'], 'v1', true, 'ServiceAccount'),
  r('services', ['svc'], 'v1', true, 'Service'),
  r('mutatingwebhookconfigurations', [], 'admissionregistration.k8s.io/v1', false, 'MutatingWebhookConfiguration'),
  r('validatingadmissionpolicies', [], 'admissionregistration.k8s.io/v1', false, 'ValidatingAdmissionPolicy'),
  r('validatingadmissionpolicybindings', [], 'admissionregistration.k8s.io/v1', false, 'ValidatingAdmissionPolicyBinding'),
  r('validatingwebhookconfigurations', [], 'admissionregistration.k8s.io/v1', false, 'ValidatingWebhookConfiguration'),
  r('customresourcedefinitions', ['crd', 'crds'], 'apiextensions.k8s.io/v1', false, 'CustomResourceDefinition'),
  r('apiservices', [], 'apiregistration.k8s.io/v1', false, 'APIService'),
  r('controllerrevisions', [], 'apps/v1', true, 'ControllerRevision'),
  r('daemonsets', ['ds'], 'apps/v1', true, 'DaemonSet'),
  r('deployments', ['deploy'], 'apps/v1', true, 'Deployment'),
  r('replicasets', ['rs'], 'apps/v1', true, 'ReplicaSet'),
  r('statefulsets', ['sts'], 'apps/v1', true, 'StatefulSet'),
  r('selfsubjectreviews', [], 'authentication.k8s.io/v1', false, 'SelfSubjectReview'),
  r('tokenreviews', [], 'authentication.k8s.io/v1', false, 'TokenReview'),
  r('localsubjectaccessreviews', [], 'authorization.k8s.io/v1', true, 'LocalSubjectAccessReview'),
  r('selfsubjectaccessreviews', [], 'authorization.k8s.io/v1', false, 'SelfSubjectAccessReview'),
  r('selfsubjectrulesreviews', [], 'authorization.k8s.io/v1', false, 'SelfSubjectRulesReview'),
  r('subjectaccessreviews', [], 'authorization.k8s.io/v1', false, 'SubjectAccessReview'),
  r('horizontalpodautoscalers', ['hpa'], 'autoscaling/v2', true, 'HorizontalPodAutoscaler'),
  r('cronjobs', ['cj'], 'batch/v1', true, 'CronJob'),
  r('jobs', [], 'batch/v1', true, 'Job'),
  r('certificatesigningrequests', ['csr'], 'certificates.k8s.io/v1', false, 'CertificateSigningRequest'),
  r('leases', [], 'coordination.k8s.io/v1', true, 'Lease'),
  r('endpointslices', [], 'discovery.k8s.io/v1', true, 'EndpointSlice'),
  r('flowschemas', [], 'flowcontrol.apiserver.k8s.io/v1', false, 'FlowSchema'),
  r('prioritylevelconfigurations', [], 'flowcontrol.apiserver.k8s.io/v1', false, 'PriorityLevelConfiguration'),
  r('ingressclasses', [], 'networking.k8s.io/v1', false, 'IngressClass'),
  r('ingresses', ['ing'], 'networking.k8s.io/v1', true, 'Ingress'),
  r('networkpolicies', ['netpol'], 'networking.k8s.io/v1', true, 'NetworkPolicy'),
  r('runtimeclasses', [], 'node.k8s.io/v1', false, 'RuntimeClass'),
  r('poddisruptionbudgets', ['pdb'], 'policy/v1', true, 'PodDisruptionBudget'),
  r('clusterrolebindings', [], 'rbac.authorization.k8s.io/v1', false, 'ClusterRoleBinding'),
  r('clusterroles', [], 'rbac.authorization.k8s.io/v1', false, 'ClusterRole'),
  r('rolebindings', [], 'rbac.authorization.k8s.io/v1', true, 'RoleBinding'),
  r('roles', [], 'rbac.authorization.k8s.io/v1', true, 'Role'),
  r('priorityclasses', ['pc'], 'scheduling.k8s.io/v1', false, 'PriorityClass'),
  r('csidrivers', [], 'storage.k8s.io/v1', false, 'CSIDriver'),
  r('csinodes', [], 'storage.k8s.io/v1', false, 'CSINode'),
  r('csistoragecapacities', [], 'storage.k8s.io/v1', true, 'CSIStorageCapacity'),
  r('storageclasses', ['sc'], 'storage.k8s.io/v1', false, 'StorageClass'),
  r('volumeattachments', [], 'storage.k8s.io/v1', false, 'VolumeAttachment'),
];
