import { BlockError, type AnyBlock, type BlockErrorValue, type Credential } from '@blocksmith/sdk';
import type { CredentialStore, CredentialUse } from '../ports/credential-store.ts';
import type { NodeRunRecord } from './records.ts';

/** The credential chosen on a node's input, checked against what the block declared; else the workspace's only fitting one. */
export async function resolveCredential(
  credentials: CredentialStore,
  workspaceId: string | undefined,
  run: NodeRunRecord,
  block: AnyBlock,
  input: string,
  actingFor: string | undefined,
): Promise<Credential> {
  const use: CredentialUse = { runId: run.graphRunId, nodeId: run.nodeId, userId: actingFor };
  const declared = block.credentials.find((c) => c.input === input);
  if (!declared) throw new BlockError('credential', `Block ${block.id} did not declare a credential on input "${input}".`, { retriable: false });
  const id = run.inputs[input];
  if (typeof id !== 'string' || id === '') {
    const sole = declared.optional ? undefined : await credentials.soleOfKinds(workspaceId, declared.kind.split('|'), use);
    if (sole) return sole;
    throw new BlockError(
      'credential',
      `Node "${run.nodeId}" needs a credential of kind ${kindList(declared.kind)}: choose one on its "${input}" input (add one in Settings → Credentials).`,
      { retriable: false },
    );
  }
  const credential = await credentials.resolve(workspaceId, id, use);
  if (!credential)
    throw new BlockError('credential', `Credential ${id} was not found: it may have been deleted; choose another on "${input}".`, { retriable: false });
  if (!declared.kind.split('|').includes(credential.kind)) {
    throw new BlockError('credential', `Credential ${id} is of kind ${credential.kind}; "${input}" of ${block.id} needs ${kindList(declared.kind)}.`, {
      retriable: false,
    });
  }
  return credential;
}

/** `a|b|c` as "a, b or c". */
function kindList(kinds: string): string {
  const list = kinds.split('|');
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
}

/** A provider may echo a key it rejected; a failure's message must not carry it into records, events or logs. */
export function redact(error: BlockErrorValue, secrets: ReadonlySet<string> | undefined): BlockErrorValue {
  const message = redactText(error.message, secrets);
  return message === error.message ? error : { ...error, message };
}

/** The text with every secret value in it replaced by `[redacted]`. */
export function redactText(text: string, secrets: ReadonlySet<string> | undefined): string {
  if (!secrets) return text;
  let cleaned = text;
  for (const secret of secrets) cleaned = cleaned.split(secret).join('[redacted]');
  return cleaned;
}
