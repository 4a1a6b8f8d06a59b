import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { runtimeConfigSchema } from '../../src/config/config-schema';

// The kustomize base, object by object, against the Kubernetes schema (kubernetes-models' validate()), and
// checked for what makes it work together: labels, ports, paths, the ConfigMap and the settings start.sh reads.
const dir = import.meta.dirname;
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

interface Kustomization {
  resources: string[];
  configMapGenerator: { name: string; files: string[] }[];
}
const kustomization = parseYaml(read('kustomization.yaml')) as Kustomization;
const objects = kustomization.resources.flatMap((file) =>
  parseAllDocuments(read(file)).map((document) => document.toJS() as { kind: string; apiVersion: string }),
);
const models = {
  'apps/v1 Deployment': Deployment,
  'v1 Service': Service,
  'networking.k8s.io/v1 Ingress': Ingress,
};
const model = (object: { kind: string; apiVersion: string }) => {
  const Model = models[`${object.apiVersion} ${object.kind}` as keyof typeof models];
  if (!Model) throw new Error(`no schema model for ${object.apiVersion} ${object.kind}`);
  return new Model(object as never);
};
const [generated] = kustomization.configMapGenerator;
const configMap = new ConfigMap({
  metadata: { name: generated!.name },
  data: Object.fromEntries(generated!.files.map((file) => [file, read(file)])),
});

const deployment = new Deployment(objects.find((object) => object.kind === 'Deployment') as never);
const service = new Service(objects.find((object) => object.kind === 'Service') as never);
const ingress = new Ingress(objects.find((object) => object.kind === 'Ingress') as never);
const pod = deployment.spec!.template.spec!;
const container = pod.containers[0]!;
const env = Object.fromEntries((container.env ?? []).map(({ name, value }) => [name, value ?? '']));

describe('deploy/kubernetes (kustomize base)', () => {
  it.each(objects.map((object) => [`${object.kind}`, object] as const))(
    '%s is valid against the schema',
    (_, object) => {
      expect(() => model(object).validate()).not.toThrow();
    },
  );

  it('the generated ConfigMap is valid and holds a config.json the dashboard accepts', () => {
    expect(() => configMap.validate()).not.toThrow();
    const config = JSON.parse(configMap.data!['config.json']!) as unknown;
    expect(v.safeParse(runtimeConfigSchema, config).issues).toBeUndefined();
  });

  it('the schema check is real: a broken object fails it', () => {
    const broken = { ...deployment.toJSON(), spec: { ...deployment.spec, replicas: 'two' } };
    expect(() => new Deployment(broken as never).validate()).toThrow(/replicas/);
  });

  it('the pod serves config.json from the ConfigMap, with probes, resource requests and no root', () => {
    const volume = pod.volumes!.find((candidate) => candidate.configMap?.name === generated!.name);
    const mount = container.volumeMounts!.find((candidate) => candidate.name === volume?.name);
    expect(env.VDK_CONFIG_FILE).toBe(`${mount!.mountPath}/config.json`);
    expect(container.readinessProbe?.httpGet?.path).toBe(`${env.VDK_BASE_PATH}/config.json`);
    expect(container.livenessProbe?.httpGet?.path).toBe(`${env.VDK_BASE_PATH}/`);
    expect(container.resources?.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(pod.securityContext?.runAsNonRoot).toBe(true);
    expect(container.securityContext?.readOnlyRootFilesystem).toBe(true);
    // start.sh writes only under /tmp, nginx too (deploy/container/nginx-main.conf).
    expect(container.volumeMounts!.find((candidate) => candidate.mountPath === '/tmp')).toBeTruthy();
  });

  it('the Service reaches the pods, and the Ingress routes the base path to it and /data-jobs to the Control Service', () => {
    expect(service.spec!.selector).toEqual(deployment.spec!.selector.matchLabels);
    expect(deployment.spec!.template.metadata!.labels).toMatchObject(service.spec!.selector!);
    const [servicePort] = service.spec!.ports!;
    expect(container.ports!.map((port) => port.name)).toContain(servicePort!.targetPort);

    const paths = ingress.spec!.rules![0]!.http!.paths;
    const route = (path: string) => paths.find((candidate) => candidate.path === path)?.backend.service;
    expect(route(env.VDK_BASE_PATH!)).toEqual({ name: service.metadata!.name, port: { name: servicePort!.name } });
    const controlService = new URL(env.VDK_CONTROL_SERVICE!);
    expect(route('/data-jobs')).toEqual({
      name: controlService.hostname,
      port: { number: Number(controlService.port) },
    });
  });

  it('the CSP lets the browser reach the OpenID provider named in config.json', () => {
    const config = JSON.parse(configMap.data!['config.json']!) as { auth: { authority: string } };
    expect(env.VDK_CONNECT_SRC!.split(' ')).toContain(new URL(config.auth.authority).origin);
  });
});
