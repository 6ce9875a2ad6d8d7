export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogEntry {
  level: LogLevel;
  message: string;
  runId: string;
  nodeId: string;
  data?: Record<string, unknown>;
}

/** Receives block log lines with the run and node they came from. */
export type LogSink = (entry: LogEntry) => void;

/** Default sink: warnings and errors to stderr, the rest dropped. */
export const stderrWarnings: LogSink = (entry) => {
  if (entry.level === 'warn' || entry.level === 'error') {
    process.stderr.write(`[${entry.level}] ${entry.runId}/${entry.nodeId}: ${entry.message}\n`);
  }
};
