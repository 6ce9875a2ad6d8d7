import { StatementError } from './statement.ts';

/**
 * Statements that end or change a transaction, or a session's settings, in either dialect.
 * Read-only mode runs one statement inside a read-only transaction on a session whose
 * default is read-only, and rolls that transaction back (so what a database still lets a
 * read-only transaction write, such as PostgreSQL's large objects, is undone); these are
 * the statements that could step outside the transaction before it is rolled back.
 */
const OUTSIDE_READ_ONLY = new Set([
  'abort',
  'begin',
  'call',
  'commit',
  'copy',
  'deallocate',
  'discard',
  'do',
  'end',
  'execute',
  'handler',
  'load',
  'lock',
  'prepare',
  'release',
  'reset',
  'rollback',
  'savepoint',
  'set',
  'start',
  'unlock',
  'xa',
]);

/**
 * Refuses, in read-only mode, a statement whose first word steps outside the read-only
 * transaction, whatever comments, parentheses or case hide it. MySQL runs the text of
 * `/*! … *\/` comments, so a statement that opens with one is refused too.
 */
export function refuseOutsideReadOnly(sql: string, dialect: 'postgres' | 'mysql'): void {
  const head = leadingWord(sql, dialect);
  if (head === undefined) {
    throw new StatementError('read_only', 'a read-only statement may not open with an executable comment (/*! … */)');
  }
  if (OUTSIDE_READ_ONLY.has(head)) {
    throw new StatementError('read_only', `${head.toUpperCase()} changes the transaction or the session, which a read-only statement may not do`);
  }
  // A read-only transaction still lets SELECT … INTO OUTFILE write a file on the database's host.
  if (dialect === 'mysql' && /\binto\s+(outfile|dumpfile)\b/i.test(sql)) {
    throw new StatementError('read_only', 'SELECT … INTO OUTFILE or DUMPFILE writes a file on the database server, which a read-only statement may not do');
  }
}

/** The statement's first word in lower case, past whitespace, comments and parentheses; undefined when an executable comment comes first. */
function leadingWord(sql: string, dialect: 'postgres' | 'mysql'): string | undefined {
  let i = 0;
  for (;;) {
    const rest = sql.slice(i);
    const space = /^[\s(]+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (rest.startsWith('--') || (dialect === 'mysql' && rest.startsWith('#'))) {
      const end = rest.indexOf('\n');
      i += end === -1 ? rest.length : end + 1;
      continue;
    }
    if (rest.startsWith('/*')) {
      if (dialect === 'mysql' && /^\/\*M?!/.test(rest)) return undefined;
      i += dialect === 'postgres' ? nestedCommentLength(rest) : rest.includes('*/') ? rest.indexOf('*/') + 2 : rest.length;
      continue;
    }
    return /^[A-Za-z_]+/.exec(rest)?.[0].toLowerCase() ?? '';
  }
}

/** The length of the block comment `text` opens with, as PostgreSQL nests them; an unclosed one runs to the end. */
function nestedCommentLength(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === '/' && text[i + 1] === '*') {
      depth++;
      i++;
    } else if (text[i] === '*' && text[i + 1] === '/') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}
