// Builds what `npm start` and the `blocksmith` command run, when it is missing or older than its sources:
//   node scripts/build-if-stale.mjs packages   the platform's packages, TypeScript to JavaScript (packages/*/dist)
//   node scripts/build-if-stale.mjs web        the web app (packages/web/dist)
//   --force                                    builds even when current
// so `npm start` serves current code without rebuilding every time. Plain JavaScript: it runs before anything is built.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** The packages compiled to dist/, in no particular order: each compiles alone (no type check, see tsconfig.build.json). */
const PACKAGES = ['sdk', 'engine', 'blocks', 'store', 'server', 'cli'];
const STALE_LOCK_MS = 5 * 60_000;

const args = process.argv.slice(2);
const force = args.includes('--force');
const targets = args.filter((arg) => arg !== '--force');
if (targets.length === 0 || targets.some((target) => target !== 'packages' && target !== 'web')) {
  process.stderr.write('Usage: node scripts/build-if-stale.mjs [--force] packages|web ...\n');
  process.exit(2);
}

function newest(path, skip = () => false) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return skip(path) ? 0 : info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name), skip)));
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);
const isTest = (path) => path.endsWith('.test.ts');

/** One thing to build: where its stamp is, what it is built from, and how. */
const BUILDS = {
  web: [
    {
      name: 'the web app',
      stamp: join(root, 'packages/web/dist/index.html'),
      sources: () =>
        Math.max(...['src', 'index.html', 'vite.config.ts', 'vite-precompress.ts'].map((path) => newest(join(root, 'packages/web', path), isTest))),
      // Always the production build: a test runner's NODE_ENV=test would give Vite React's development build, which `npm start` would then serve.
      build: () =>
        execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
          cwd: join(root, 'packages/web'),
          stdio: 'inherit',
          env: { ...process.env, NODE_ENV: 'production' },
        }),
    },
  ],
  packages: PACKAGES.map((name) => {
    const folder = join(root, 'packages', name);
    const dist = join(folder, 'dist');
    return {
      name: `@blocksmith/${name}`,
      stamp: join(dist, '.built'),
      sources: () => Math.max(newest(join(folder, 'src'), isTest), mtime(join(folder, 'tsconfig.build.json')), mtime(join(root, 'tsconfig.json'))),
      build: () => {
        // Emptied first: a source deleted or renamed leaves no module behind.
        rmSync(dist, { recursive: true, force: true });
        execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: folder, stdio: 'inherit' });
        writeFileSync(join(dist, '.built'), '');
      },
    };
  }),
};

// Several processes may ask at once (test files run in parallel): one builds, the others wait for it,
// so none runs what another build is emptying.
const lock = join(root, '.build-lock');

function takeLock() {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let age;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // let go meanwhile: try again at once
      }
      // A lock left by a build that died is taken over.
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

const stale = (build) => force || mtime(build.stamp) < build.sources();
const wanted = targets.flatMap((target) => BUILDS[target]);
if (wanted.some(stale)) {
  takeLock();
  try {
    // Another process may have built them while this one waited.
    for (const build of wanted.filter(stale)) {
      process.stdout.write(`Building ${build.name}…\n`);
      build.build();
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
