/**
 * Agent runs MCP clients are waiting on in this process, by caller and
 * request id. The transport is stateless, so a client's cancel arrives as a
 * request of its own, on a server instance that never saw the call: it finds
 * the run to stop here.
 */
export class InflightCalls {
  private readonly stops = new Map<string, () => void>();

  private static key(caller: string, requestId: string | number): string {
    return `${caller}\u0000${String(requestId)}`;
  }

  track(caller: string, requestId: string | number, stop: () => void): () => void {
    const key = InflightCalls.key(caller, requestId);
    this.stops.set(key, stop);
    return () => {
      if (this.stops.get(key) === stop) this.stops.delete(key);
    };
  }

  cancel(caller: string, requestId: string | number): void {
    this.stops.get(InflightCalls.key(caller, requestId))?.();
  }
}
