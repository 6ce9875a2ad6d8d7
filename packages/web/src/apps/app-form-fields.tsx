import { useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import { controlOf, type AppField, type FormState } from './app-form.ts';

interface Props {
  slug: string;
  appKey: string | undefined;
  fields: readonly AppField[];
  state: FormState;
  onChange(state: FormState): void;
  onProblem(problem: string | undefined): void;
}

/** One control per input of the agent, each with its description; any field may take a file instead (uploaded through the app). */
export function AppFormFields({ slug, appKey, fields, state, onChange, onProblem }: Props) {
  const [uploading, setUploading] = useState<string>();
  const setText = (name: string, text: string) => onChange({ ...state, texts: { ...state.texts, [name]: text } });
  const upload = async (name: string, file: File) => {
    setUploading(name);
    onProblem(undefined);
    try {
      const { file: ref } = await api.uploadAppFile(slug, file, appKey);
      onChange({ ...state, files: { ...state.files, [name]: ref } });
    } catch (e) {
      onProblem(errorMessage(e));
    } finally {
      setUploading(undefined);
    }
  };
  const dropFile = (name: string) => {
    const { [name]: _dropped, ...files } = state.files;
    onChange({ ...state, files });
  };

  return fields.map((field) => {
    const id = `app-field-${field.name}`;
    const text = state.texts[field.name] ?? '';
    const file = state.files[field.name];
    const control = controlOf(field);
    const describedBy = field.description ? `${id}-about` : undefined;
    return (
      <div className="app-field" key={field.name}>
        <span className="app-field-head">
          <label htmlFor={id}>{field.name}</label>
          {field.required && <span className="muted small">required</span>}
        </span>
        {field.description && (
          <p id={`${id}-about`} className="muted small">
            {field.description}
          </p>
        )}
        {file ? (
          <p className="app-file">
            <span id={id}>{file.name}</span>{' '}
            <button type="button" className="app-link-button" onClick={() => dropFile(field.name)}>
              Remove the file
            </button>
          </p>
        ) : control === 'checkbox' ? (
          <input
            id={id}
            type="checkbox"
            aria-describedby={describedBy}
            checked={text === 'true'}
            onChange={(e) => setText(field.name, String(e.target.checked))}
          />
        ) : control === 'json' ? (
          <textarea
            id={id}
            rows={4}
            aria-describedby={describedBy}
            value={text}
            required={field.required}
            onChange={(e) => setText(field.name, e.target.value)}
          />
        ) : (
          <input
            id={id}
            type={control === 'number' ? 'number' : 'text'}
            step="any"
            aria-describedby={describedBy}
            value={text}
            required={field.required}
            onChange={(e) => setText(field.name, e.target.value)}
          />
        )}
        {!file && control !== 'checkbox' && (
          <label className="app-upload">
            {uploading === field.name ? 'Uploading…' : 'or upload a file'}
            <input
              type="file"
              className="visually-hidden"
              aria-label={`Upload a file for ${field.name}`}
              onChange={(e) => {
                const picked = e.target.files?.[0];
                if (picked) void upload(field.name, picked);
              }}
            />
          </label>
        )}
      </div>
    );
  });
}
