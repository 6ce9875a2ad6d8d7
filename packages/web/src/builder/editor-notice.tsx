import type { GraphIssue } from '../api/types.ts';
import { useBuilder } from './builder-store.ts';

/** The builder's notice (a refused save, a version the copilot saved), with the problems of the last save. */
export function EditorNotice({ issues }: { issues: GraphIssue[] }) {
  const notice = useBuilder((s) => s.notice);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      {notice}
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>{issue.message}</li>
          ))}
        </ul>
      )}
      <button type="button" aria-label="Dismiss" onClick={() => useBuilder.getState().setNotice(undefined)}>
        ×
      </button>
    </div>
  );
}
