import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { FileInfo } from '../api/types.ts';
import { OutputView } from '../renderers/output-view.tsx';
import { FormError } from '../ui/form-error.tsx';
import './files.css';

/** The user's workspace: uploads and what agents and the copilot wrote — upload (or drop), preview, delete. */
export function FilesPage() {
  const [files, setFiles] = useState<FileInfo[]>();
  const [shown, setShown] = useState<FileInfo>();
  const [error, setError] = useState<string>();
  const refresh = () =>
    void api.files().then(
      (answer) => setFiles(answer.files),
      (e: unknown) => setError(errorMessage(e)),
    );
  useEffect(refresh, []);
  const upload = async (list: Iterable<File>) => {
    setError(undefined);
    try {
      for (const file of list) await api.uploadFile(file);
    } catch (e) {
      setError(errorMessage(e));
    }
    refresh();
  };
  return (
    <main
      className="files-page"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void upload(e.dataTransfer.files);
      }}
    >
      <header className="toolbar">
        <h1>Files</h1>
        <label className="button primary">
          Upload
          <input type="file" multiple className="visually-hidden" onChange={(e) => e.target.files && void upload(e.target.files)} />
        </label>
        <span className="muted small">or drop files here</span>
      </header>
      <FormError message={error} />
      <div className="workspace-body">
        {!files ? (
          <p className="page-message">Loading…</p>
        ) : files.length === 0 ? (
          <p className="muted page-message">No files yet. Upload some, or let an agent or the copilot write them.</p>
        ) : (
          <table className="workspace-files">
            <thead>
              <tr>
                <th>name</th>
                <th>type</th>
                <th>size</th>
                <th>from</th>
                <th>added</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <tr key={file.fileId} className={shown?.fileId === file.fileId ? 'current' : ''}>
                  <td>
                    <button type="button" className="link" onClick={() => setShown(file)}>
                      {file.name}
                    </button>
                  </td>
                  <td className="muted small">{file.contentType}</td>
                  <td className="muted small">{file.size.toLocaleString()} B</td>
                  <td className="muted small">{file.origin === 'agent' ? 'an agent' : 'your upload'}</td>
                  <td className="muted small">{new Date(file.createdAt).toLocaleString()}</td>
                  <td>
                    <button
                      type="button"
                      className="small"
                      aria-label={`Delete ${file.name}`}
                      onClick={async () => {
                        if (!confirm(`Delete ${file.name}?`)) return;
                        await api.deleteFile(file.fileId).catch((e: unknown) => setError(errorMessage(e)));
                        if (shown?.fileId === file.fileId) setShown(undefined);
                        refresh();
                      }}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {shown && (
          <section className="workspace-preview" aria-label="Preview">
            <h2>{shown.name}</h2>
            <p className="muted small">workspace://{shown.fileId}</p>
            <OutputView name={shown.name} value={shown} />
          </section>
        )}
      </div>
    </main>
  );
}
