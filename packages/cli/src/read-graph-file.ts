import { readFile } from 'node:fs/promises';
import { UsageError } from './args.ts';

/** Reads and JSON-parses a graph file (`-`: standard input), with errors that name the file. */
export function readGraphFile(path: string | undefined): Promise<unknown> {
  return readJsonFile(path, 'graph', 'blocksmith run <graph.json>');
}

/** Reads and JSON-parses a file (`-`: standard input); `what` and `usage` name it in errors. */
export async function readJsonFile(path: string | undefined, what: string, usage: string): Promise<unknown> {
  if (!path) throw new UsageError(`Give the ${what} file (or - to read it from stdin): ${usage}`);
  let text: string;
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path === '-' ? `The ${what} on stdin` : path} is not valid JSON: ${(error as Error).message}.`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
