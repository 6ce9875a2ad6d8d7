import type { GraphRunRecord, NodeRunRecord, RunOwner } from '@blocksmith/engine';
import { largeValueRef, largeValueText, type LargeValueRef } from '@blocksmith/sdk/large-value';
import { mayBeLargerThan } from '@blocksmith/sdk/json-size';
import { randomUUID } from 'node:crypto';
import type { FilesTable } from './schema.ts';

/** A reference made in a flush, kept once that flush is committed. */
export interface PendingSpill {
  graphRunId: string;
  place: string;
  ref: LargeValueRef;
}

/**
 * Keeps run records small: a value over the inline size — in a node run's outputs or inputs,
 * or a graph run's outputs — is stored once as a workspace file of the run's user, and the
 * record keeps a reference to it (size, type, a preview, the file's URL). Records without
 * such values are passed on as they are, uncopied. Values come back whole when a run resumes
 * (RunsRepository.nodeRunsWhole), so blocks downstream never see a reference.
 */
export class ValueSpill {
  /** By graph run, the reference made for each place (`seq:o:name:index`…), so a record saved again reuses its file. */
  private readonly made = new Map<string, Map<string, LargeValueRef>>();

  constructor(private readonly inlineBytes: number) {}

  /** Off (an infinite inline size): records are stored as they are, at no cost. */
  get active(): boolean {
    return this.inlineBytes !== Number.POSITIVE_INFINITY;
  }

  /** The record as stored: large outputs and inputs replaced; new files added to `files`, new references to `pending`. */
  nodeRun(record: NodeRunRecord, owner: RunOwner | undefined, files: FilesTable[], pending: PendingSpill[]): NodeRunRecord {
    if (owner?.workspaceId === undefined || !this.active) return record;
    const outputs = replaceOutputs(record.outputs, this.inlineBytes, (name, index, value) =>
      this.refFor(record.graphRunId, `${record.seq}:o:${name}:${index}`, value, owner, `${record.nodeId}-${name}-${index}`, files, pending),
    );
    let inputs: NodeRunRecord['inputs'] | undefined;
    for (const name in record.inputs) {
      const value = record.inputs[name];
      // Most values cannot be large: they cost neither a measure nor a look-up of an earlier reference (only large values have one).
      if (!mayBeLargerThan(value, this.inlineBytes)) continue;
      const ref = this.refFor(record.graphRunId, `${record.seq}:i:${name}`, value, owner, `${record.nodeId}-input-${name}`, files, pending);
      if (ref) (inputs ??= { ...record.inputs })[name] = ref;
    }
    return outputs || inputs ? { ...record, ...(outputs ? { outputs } : {}), ...(inputs ? { inputs } : {}) } : record;
  }

  /** The graph run as stored: its large outputs replaced. */
  graphRun(run: GraphRunRecord, files: FilesTable[], pending: PendingSpill[]): GraphRunRecord {
    if (run.workspaceId === undefined || !this.active) return run;
    const owner = { workspaceId: run.workspaceId, userId: run.userId };
    const outputs = replaceOutputs(run.outputs, this.inlineBytes, (name, index, value) =>
      this.refFor(run.id, `run:o:${name}:${index}`, value, owner, `${name}-${index}`, files, pending),
    );
    return outputs ? { ...run, outputs } : run;
  }

  /** References of a committed flush are kept, so the next save of the same record reuses their files. */
  committed(pending: PendingSpill[]): void {
    for (const { graphRunId, place, ref } of pending) {
      let ofRun = this.made.get(graphRunId);
      if (!ofRun) this.made.set(graphRunId, (ofRun = new Map()));
      ofRun.set(place, ref);
    }
  }

  /** A run that ended (or was handed to another worker) is saved no more. */
  done(graphRunId: string): void {
    this.made.delete(graphRunId);
  }

  private refFor(
    graphRunId: string,
    place: string,
    value: unknown,
    owner: RunOwner,
    baseName: string,
    files: FilesTable[],
    pending: PendingSpill[],
  ): LargeValueRef | undefined {
    const known = this.made.get(graphRunId)?.get(place) ?? pending.find((m) => m.graphRunId === graphRunId && m.place === place)?.ref;
    if (known) return known;
    const large = largeValueText(value, this.inlineBytes);
    if (!large) return undefined;
    const id = randomUUID();
    const content = Buffer.from(large.text, 'utf8');
    files.push({
      id,
      workspace_id: owner.workspaceId ?? null,
      user_id: owner.userId ?? null,
      name: `${baseName.replace(/[^\w.-]+/g, '_')}.${large.contentType === 'text/plain' ? 'txt' : 'json'}`,
      content_type: large.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : 'application/json',
      size: content.byteLength,
      content,
      created_at: Date.now(),
      origin: 'agent',
    });
    const ref = largeValueRef(large.text, large.contentType, `/api/files/${id}`, id);
    pending.push({ graphRunId, place, ref });
    return ref;
  }
}

/** A copy of `outputs` with the values `refOf` answers a reference for replaced; undefined when none is. */
function replaceOutputs(
  outputs: Record<string, unknown[]>,
  inlineBytes: number,
  refOf: (name: string, index: number, value: unknown) => LargeValueRef | undefined,
): Record<string, unknown[]> | undefined {
  let copy: Record<string, unknown[]> | undefined;
  for (const name in outputs) {
    const values = outputs[name]!;
    for (let index = 0; index < values.length; index++) {
      if (!mayBeLargerThan(values[index], inlineBytes)) continue;
      const ref = refOf(name, index, values[index]);
      if (!ref) continue;
      copy ??= { ...outputs };
      if (copy[name] === values) copy[name] = [...values];
      copy[name]![index] = ref;
    }
  }
  return copy;
}
