/**
 * Starting points for the console's "Create with YAML" editor
 * (console.yaml-template). They are valid objects the API server accepts,
 * with placeholders a person replaces.
 */
export const providerTemplate = `apiVersion: forklift.konveyor.io/v1beta1
kind: Provider
metadata:
  name: example-vsphere
  namespace: openshift-mtv
spec:
  type: vsphere
  url: https://vcenter.example.com/sdk
  secret:
    name: example-vsphere-credentials
    namespace: openshift-mtv
  settings:
    sdkEndpoint: vcenter
`;

export const networkMapTemplate = `apiVersion: forklift.konveyor.io/v1beta1
kind: NetworkMap
metadata:
  name: example-network-map
  namespace: openshift-mtv
spec:
  provider:
    source:
      name: example-vsphere
      namespace: openshift-mtv
    destination:
      name: host
      namespace: openshift-mtv
  map:
    - source:
        name: VM Network
      destination:
        type: pod
`;

export const storageMapTemplate = `apiVersion: forklift.konveyor.io/v1beta1
kind: StorageMap
metadata:
  name: example-storage-map
  namespace: openshift-mtv
spec:
  provider:
    source:
      name: example-vsphere
      namespace: openshift-mtv
    destination:
      name: host
      namespace: openshift-mtv
  map:
    - source:
        name: datastore1
      destination:
        storageClass: standard-csi
        accessMode: ReadWriteOnce
        volumeMode: Filesystem
`;

export const planTemplate = `apiVersion: forklift.konveyor.io/v1beta1
kind: Plan
metadata:
  name: example-plan
  namespace: openshift-mtv
spec:
  type: cold
  targetNamespace: demo-migrations
  provider:
    source:
      name: example-vsphere
      namespace: openshift-mtv
    destination:
      name: host
      namespace: openshift-mtv
  map:
    network:
      name: example-network-map
      namespace: openshift-mtv
    storage:
      name: example-storage-map
      namespace: openshift-mtv
  vms:
    - name: example-vm
`;
