import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRACE_MS } from '../main.ts';
import { SETTINGS } from './config.ts';

const root = new URL('../../../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const FILES = ['Dockerfile', 'deploy/compose.yaml', 'deploy/blocksmith.service', 'deploy/kubernetes.yaml'];
const number = (value: unknown) => Number(value);
/** What a stop must allow: the longest the process takes to end on SIGTERM, for a server and for a worker. */
const serverStopS = (number(SETTINGS.BLOCKSMITH_SHUTDOWN_MS) + GRACE_MS) / 1000;
const workerStopS = (number(SETTINGS.BLOCKSMITH_DRAIN_MS) + GRACE_MS) / 1000;
/** The paths both kinds of process answer probes on (routes/health.ts, scale-out/worker-health.ts), as the API document has them. */
const apiPaths = Object.keys((JSON.parse(read('docs/openapi.json')) as { paths: Record<string, unknown> }).paths);

/** The deployment files (docs/deploy.md) say what the code does: these checks fail when one side changes alone. */
describe('deployment files agree with the scripts and settings', () => {
  it('name only settings the server reads', () => {
    for (const file of FILES) {
      const named = new Set(read(file).match(/\b(?:BLOCKSMITH_[A-Z0-9_]+|DATABASE_URL|REDIS_URL)\b/g));
      expect(
        [...named].filter((name) => !(name in SETTINGS)),
        file,
      ).toEqual([]);
    }
    for (const path of ['/healthz', '/readyz']) expect(apiPaths).toContain(path);
  });

  it('build the image with the build script CI runs, run it as a non-root user under an init, with data in a volume and a readiness check', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toContain('bash deploy/build.sh');
    expect(read('.ci/run')).toContain('bash deploy/build.sh');
    expect(existsSync(`${root}deploy/build.sh`)).toBe(true);
    expect(dockerfile).toMatch(/^FROM .+ AS build$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["tini", "--", "node", "packages\/cli\/bin\/blocksmith\.js"\]$/m);
    expect(existsSync(`${root}packages/cli/bin/blocksmith.js`)).toBe(true);
    const env = /^ENV (.+)$/m.exec(dockerfile)![1]!;
    const port = /\bPORT=(\d+)/.exec(env)![1];
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${port}$`, 'm'));
    expect(port).toBe(String(SETTINGS.PORT));
    expect(env).toContain('HOST=0.0.0.0');
    const dataDir = /BLOCKSMITH_DATA_DIR=(\S+)/.exec(env)![1];
    expect(dockerfile).toMatch(new RegExp(`^VOLUME ${dataDir}$`, 'm'));
    expect(dockerfile).toMatch(/^HEALTHCHECK .+\n\s+CMD .+\/readyz/m);
  });

  it('run servers and workers with one secret key, their roles, probes where each answers, and time to stop', () => {
    const compose = read('deploy/compose.yaml');
    // One environment block, with the secret key, shared by both roles.
    expect(compose.match(/^\s+BLOCKSMITH_SECRET_KEY:/gm)).toHaveLength(1);
    expect(compose.match(/<<: \*environment/g)).toHaveLength(2);
    expect(compose).toContain("command: ['server']");
    expect(compose).toContain("command: ['worker']");
    const workerPort = /BLOCKSMITH_WORKER_HEALTH_PORT: '(\d+)'/.exec(compose)![1];
    expect(compose).toContain(`http://127.0.0.1:${workerPort}/readyz`);
    expect(compose).toContain(`:${SETTINGS.PORT}'`);
    const graces = [...compose.matchAll(/stop_grace_period: (\d+)s/g)].map((m) => Number(m[1]));
    expect(graces[0]).toBeGreaterThanOrEqual(serverStopS);
    expect(graces[1]).toBeGreaterThanOrEqual(workerStopS);

    const k8s = read('deploy/kubernetes.yaml');
    const [server, worker] = k8s.split('kind: Deployment').slice(1);
    expect(server).toContain("args: ['server']");
    expect(server).toMatch(new RegExp(`containerPort: ${SETTINGS.PORT}`));
    expect(server).toMatch(new RegExp(`readinessProbe:\\s+httpGet:\\s+path: /readyz\\s+port: ${SETTINGS.PORT}`));
    expect(server).toMatch(new RegExp(`livenessProbe:\\s+httpGet:\\s+path: /healthz\\s+port: ${SETTINGS.PORT}`));
    expect(number(/terminationGracePeriodSeconds: (\d+)/.exec(server!)![1])).toBeGreaterThanOrEqual(serverStopS);
    const k8sWorkerPort = /name: BLOCKSMITH_WORKER_HEALTH_PORT\s+value: '(\d+)'/.exec(worker!)![1];
    expect(worker).toContain("args: ['worker']");
    expect(worker).toMatch(new RegExp(`readinessProbe:\\s+httpGet:\\s+path: /readyz\\s+port: ${k8sWorkerPort}`));
    expect(worker).toMatch(new RegExp(`livenessProbe:\\s+httpGet:\\s+path: /healthz\\s+port: ${k8sWorkerPort}`));
    expect(number(/terminationGracePeriodSeconds: (\d+)/.exec(worker!)![1])).toBeGreaterThanOrEqual(workerStopS);
  });

  it('run the embedded platform under systemd from the built command, with time to stop', () => {
    const unit = read('deploy/blocksmith.service');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/blocksmith\/packages\/cli\/bin\/blocksmith\.js start$/m);
    expect(number(/^TimeoutStopSec=(\d+)$/m.exec(unit)![1])).toBeGreaterThanOrEqual(serverStopS);
    const dataDir = /^Environment=BLOCKSMITH_DATA_DIR=(\S+)$/m.exec(unit)![1];
    expect(unit).toMatch(new RegExp(`^ReadWritePaths=${dataDir}$`, 'm'));
  });
});
