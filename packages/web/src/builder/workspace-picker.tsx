import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { FileInfo, FileRef } from '../api/types.ts';

/** Picks a workspace file — an upload, or an artifact of an earlier run — as a run input. */
export function WorkspacePicker({ label, onPick }: { label: string; onPick(file: FileRef): void }) {
  const [files, setFiles] = useState<FileInfo[]>([]);
  const refresh = () =>
    void api.files().then(
      (answer) => setFiles(answer.files),
      () => undefined,
    );
  useEffect(refresh, []);
  return (
    <select
      className="workspace-picker"
      aria-label={label}
      value=""
      onFocus={refresh}
      onChange={(e) => {
        const file = files.find((f) => f.fileId === e.target.value);
        if (!file) return;
        const { createdAt: _created, origin: _origin, ...ref } = file;
        onPick(ref);
      }}
    >
      <option value="">Workspace…</option>
      {files.map((file) => (
        <option key={file.fileId} value={file.fileId}>
          {file.name} ({file.origin === 'agent' ? 'from an agent' : 'upload'})
        </option>
      ))}
    </select>
  );
}
