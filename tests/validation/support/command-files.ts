import type { SourceFile } from '../../../src/validation/engine.ts';
import { DEPLOYMENT, NAMESPACE, SERVICE } from './manifests.ts';

/** Companions of command-file cases (`.sh`): the objects and files a kubectl line may name. */

/** A case that is a command file. */
export const sh = { file: 'test.sh' };

/** The Namespace demo with the Deployment and the Service web (port 8080). */
export const webApp: SourceFile[] = [
  { name: 'namespace.yaml', text: NAMESPACE },
  { name: 'deployment.yaml', text: DEPLOYMENT },
  { name: 'service.yaml', text: SERVICE },
];

/** Files of the example set that `kubectl apply -f` may name. */
export const exampleFiles = ['demo/service.yaml', 'demo/deployment.yaml'];

const SERVICE_WEB = `apiVersion: v1
kind: Namespace
metadata:
  name: demo
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: demo
spec:
  selector:
    app: web
  ports:
    - port: 8080
`;
const POD_CLIENT = `apiVersion: v1
kind: Pod
metadata:
  name: client
  namespace: demo
  labels:
    app: web
spec:
  containers:
    - name: c
      image: busybox:1.37
`;
/** The Service web (port 8080) in demo, and the Pod client there that kubectl exec runs commands in. */
export const webAndClient: SourceFile[] = [
  { name: 'demo.yaml', text: SERVICE_WEB },
  { name: 'client.yaml', text: POD_CLIENT },
];
