// Builds the web app when dist/ is missing or older than a source file, so `npm start` serves a current editor without rebuilding every time.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('.', import.meta.url).pathname;
const built = join(root, 'dist', 'index.html');

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sourcesTime = Math.max(
  newest(join(root, 'src')),
  newest(join(root, 'index.html')),
  newest(join(root, 'vite.config.ts')),
  newest(join(root, 'vite-precompress.ts')),
);
if (!existsSync(built) || statSync(built).mtimeMs < sourcesTime) {
  process.stdout.write('Building the web app…\n');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
