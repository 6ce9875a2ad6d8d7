// Builds the web app when dist/ is missing or older than a source file, so `npm start` serves a current editor without rebuilding every time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('.', import.meta.url).pathname;
const built = join(root, 'dist', 'index.html');
// Several processes may ask at once (browser test files run in parallel): one builds, the others wait for it,
// so none starts a server on a dist/ another build is emptying.
const lock = join(root, '.build-lock');
const STALE_LOCK_MS = 5 * 60_000;

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function stale() {
  const sourcesTime = Math.max(
    newest(join(root, 'src')),
    newest(join(root, 'index.html')),
    newest(join(root, 'vite.config.ts')),
    newest(join(root, 'vite-precompress.ts')),
  );
  return !existsSync(built) || statSync(built).mtimeMs < sourcesTime;
}

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

if (stale()) {
  takeLock();
  try {
    // Another process may have built it while this one waited.
    if (stale()) {
      process.stdout.write('Building the web app…\n');
      // Always the production build: a test runner's NODE_ENV=test would give Vite React's development build, which `npm start` would then serve.
      execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
