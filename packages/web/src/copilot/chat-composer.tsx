import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { FileRef } from '../api/types.ts';
import { FormError } from '../ui/form-error.tsx';

/** Where the person writes, and attaches files (picked or dropped) that go to the workspace with the message. */
export function ChatComposer({ running, onSend, onStop }: { running: boolean; onSend(text: string, fileIds: string[]): void; onStop(): void }) {
  const [text, setText] = useState('');
  const [attached, setAttached] = useState<FileRef[]>([]);
  const [error, setError] = useState<string>();
  const attach = async (files: Iterable<File>) => {
    setError(undefined);
    try {
      for (const file of files) {
        const { file: uploaded } = await api.uploadFile(file);
        setAttached((list) => [...list, uploaded]);
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const send = () => {
    const said = text.trim();
    if (!said || running) return;
    onSend(
      said,
      attached.map((f) => f.fileId),
    );
    setText('');
    setAttached([]);
  };
  return (
    <form
      className="chat-composer"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void attach(e.dataTransfer.files);
      }}
    >
      {attached.length > 0 && (
        <ul className="attached" aria-label="Attached files">
          {attached.map((file) => (
            <li key={file.fileId}>
              {file.name}
              <button type="button" className="small" aria-label={`Remove ${file.name}`} onClick={() => setAttached((list) => list.filter((f) => f !== file))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError message={error} />
      <div className="composer-row">
        <textarea
          aria-label="Message"
          placeholder="Describe what you want, e.g. “make an agent that fetches a page and summarizes it” — drop files here to attach them"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              send();
            }
          }}
        />
        <label className="button">
          Attach
          <input type="file" multiple className="visually-hidden" onChange={(e) => e.target.files && void attach(e.target.files)} />
        </label>
        {running ? (
          <button type="button" onClick={onStop}>
            Stop
          </button>
        ) : (
          <button type="submit" className="primary" disabled={!text.trim()}>
            Send
          </button>
        )}
      </div>
    </form>
  );
}
