import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHelp } from '../../scripts/kubectl-help-parser.ts';
import { BUILT_IN_RESOURCES } from '../../scripts/kubectl-resources.ts';
import { buildCniValidators, buildSchemaIndex } from '../../scripts/schema-index-builder.ts';
import { KUBECTL_VERSION } from '../../src/validation/kubectl/kubectl-version.ts';
import { loadKubectlSnapshot } from '../../src/validation/kubectl/snapshot.ts';

/** The committed generated files are what their generators produce from the installed packages. */
const root = join(import.meta.dirname, '..', '..');
const schemaDir = join(root, 'src', 'validation', 'schema');
const require = createRequire(import.meta.url);

describe('schema index (npm run gen:schema-index)', () => {
  it('is in sync with kubernetes-models and @kubernetes/client-node', { timeout: 120_000 }, async () => {
    const modelsDir = dirname(require.resolve('kubernetes-models/package.json'));
    const built = await buildSchemaIndex({ modelsDir, readdirSync, readFileSync });
    const committed = JSON.parse(readFileSync(join(schemaDir, 'field-index.json'), 'utf8'));
    expect(committed).toEqual(built.fieldIndex);
    expect(readFileSync(join(schemaDir, 'validators.generated.ts'), 'utf8')).toBe(built.validatorsModule);
  });
  it('serves the kinds of the examples and not removed versions', () => {
    const index = JSON.parse(readFileSync(join(schemaDir, 'field-index.json'), 'utf8'));
    for (const key of [
      'v1/Service',
      'v1/Namespace',
      'apps/v1/Deployment',
      'networking.k8s.io/v1/NetworkPolicy',
      'v1/PersistentVolumeClaim',
    ])
      expect(Object.keys(index.kinds)).toContain(key);
    expect(index.notServed).toContain('extensions/v1beta1/Deployment');
    expect(index.types.V1ServiceSpec.ports).toBe('Array<V1ServicePort>');
    expect(index.types.V1ServicePort.targetPort).toBe('IntOrString');
  });
  it('compiles the CNI schema to the committed standalone validator', () => {
    const cniDir = join(root, 'src', 'validation', 'cni');
    expect(readFileSync(join(cniDir, 'cni-schema.validator.js'), 'utf8')).toBe(
      buildCniValidators(readFileSync(join(cniDir, 'cni-schema.json'), 'utf8')),
    );
  });
});

describe('kubectl snapshot (npm run gen:kubectl)', () => {
  const help = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'kubectl', name), 'utf8');
  it('parses kubectl help: usage, flags with shorthand, type, default and output formats', () => {
    const page = parseHelp(help('expose-help.txt'));
    expect(page.usage).toMatch(/^kubectl expose \(-f FILENAME \| TYPE NAME\)/);
    expect(page.flags.find((f) => f.name === 'output')).toEqual({
      name: 'output',
      shorthand: 'o',
      type: 'string',
      default: '',
      values: [
        'json',
        'yaml',
        'name',
        'go-template',
        'go-template-file',
        'template',
        'templatefile',
        'jsonpath',
        'jsonpath-as-json',
        'jsonpath-file',
      ],
    });
    expect(page.flags.find((f) => f.name === 'recursive')).toEqual({ name: 'recursive', shorthand: 'R', type: 'bool', default: 'false' });
    expect(page.flags.find((f) => f.name === 'filename')).toMatchObject({ shorthand: 'f', type: 'stringArray' });
    expect(parseHelp(help('create-service-help.txt'))).toMatchObject({
      aliases: ['service', 'svc'],
      subcommands: ['clusterip', 'externalname', 'loadbalancer', 'nodeport'],
    });
  });
  it('records kubectl and the command tree', async () => {
    const snapshot = await loadKubectlSnapshot();
    expect(snapshot.kubectlVersion).toMatch(/^v1\.\d+\.\d+/);
    // The version a rule's description names without loading the snapshot is the snapshot's.
    expect(KUBECTL_VERSION).toBe(snapshot.kubectlVersion);
    for (const command of ['get', 'expose', 'port-forward', 'apply', 'patch', 'edit', 'create', 'delete', 'diff'])
      expect(Object.keys(snapshot.commands)).toContain(command);
    expect(snapshot.commands.get!.flags.find((f) => f.name === 'output')!.values).toContain('wide');
    expect(snapshot.commands.wait!.flags.find((f) => f.name === 'timeout')!.type).toBe('duration');
    expect(snapshot.globalFlags.find((f) => f.name === 'namespace')).toMatchObject({ shorthand: 'n', type: 'string' });
    expect(snapshot.resources).toEqual(BUILT_IN_RESOURCES);
  });
});
