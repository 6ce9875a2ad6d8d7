import type { NodeRunRecord } from '../api/types.ts';

/** What a node run's block logged, line by line, with its level and time. */
export function LogLines({ logs }: { logs: NodeRunRecord['logs'] }) {
  if (!logs?.length) return null;
  return (
    <div className="node-logs">
      <h4>Logs</h4>
      <ol>
        {logs.map((line, index) => (
          <li key={index} className={`log-${line.level}`}>
            <time dateTime={new Date(line.at).toISOString()}>{new Date(line.at).toLocaleTimeString()}</time> <strong>{line.level}</strong>{' '}
            <span className="mono">{line.message}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
