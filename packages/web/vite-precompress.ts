import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Text formats, compressed whatever their size: with `preCompressed`, the server looks for the
 * copy the browser accepts, and a missing copy of the page itself was answered 404 rather than
 * falling back to the plain file.
 */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|wasm)$/;

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy next to each compressible file of the build,
 * once, at build time: the server sends the copy the browser accepts (`preCompressed`), so no
 * request pays for compressing, and the app's script goes out at a fraction of its size.
 */
export function precompress(): Plugin {
  return {
    name: 'blocksmith-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const path = join(dir, fileName);
        const bytes = readFileSync(path);
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } }),
        );
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}
