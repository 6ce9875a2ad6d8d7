import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { JsonSchema } from '../api/types.ts';
import { CodeField } from './code-field.tsx';
import { CredentialPicker } from './credential-picker.tsx';
import { effectiveCredential, useFittingCredentials, type CredentialRequirement } from './use-fitting-credentials.ts';
import { KeyValueEditor, ListEditor } from './collection-fields.tsx';
import { FormError } from '../ui/form-error.tsx';

interface Props {
  nodeId: string;
  name: string;
  schema: JsonSchema;
  /** The credential the block declares on this input, if it is one. */
  credential?: CredentialRequirement;
  /** For a model id field: the node's credential input (what is chosen there, and what it requires), whose provider's models are suggested. */
  modelsCredential?: { chosen: unknown; requirement: CredentialRequirement };
  value: unknown;
  onChange(value: unknown): void;
  /** Where the field is drawn: `field` on the node, `settings` in the node's settings panel, `alone` in its run-alone form (element ids stay unique). */
  place?: 'field' | 'settings' | 'alone';
}

/** A form field generated from an input's JSON Schema. */
export function SchemaField({ nodeId, name, schema, credential, modelsCredential, value, onChange, place = 'field' }: Props) {
  const id = `${place}-${nodeId}-${name}`;
  const fitting = useFittingCredentials(modelsCredential?.requirement.kind).credentials;
  const providerModels = useProviderModels(modelsCredential && effectiveCredential(modelsCredential.chosen, modelsCredential.requirement, fitting));
  const label = (
    <label htmlFor={id} title={typeof schema.description === 'string' ? schema.description : undefined}>
      {name}
    </label>
  );
  const field = (control: React.ReactNode) => (
    <div className="field">
      {label}
      {control}
    </div>
  );
  const placeholder = schema.default !== undefined ? String(JSON.stringify(schema.default)) : '';
  if (credential) {
    return field(<CredentialPicker id={id} requirement={credential} value={value} onChange={onChange} />);
  }
  if (Array.isArray(schema.enum)) {
    return field(
      <select
        id={id}
        className="nodrag"
        value={value === undefined ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">{schema.default !== undefined ? `default (${String(schema.default)})` : '—'}</option>
        {(schema.enum as unknown[]).map((option) => (
          <option key={String(option)} value={String(option)}>
            {String(option)}
          </option>
        ))}
      </select>,
    );
  }
  if (schema.type === 'boolean') {
    return (
      <div className="field field-inline">
        <input
          id={id}
          className="nodrag"
          type="checkbox"
          checked={value === true || (value === undefined && schema.default === true)}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </div>
    );
  }
  if (schema.type === 'number' || schema.type === 'integer') {
    return field(
      <input
        id={id}
        className="nodrag"
        type="number"
        step={schema.type === 'integer' ? 1 : 'any'}
        min={typeof schema.minimum === 'number' ? schema.minimum : undefined}
        max={typeof schema.maximum === 'number' && schema.maximum < Number.MAX_SAFE_INTEGER ? schema.maximum : undefined}
        placeholder={placeholder}
        value={typeof value === 'number' ? value : ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />,
    );
  }
  if (schema.type === 'string' && typeof schema.contentMediaType === 'string') {
    return field(
      <CodeField
        id={id}
        label={name}
        language={schema.contentMediaType.replace(/^.*\//, '')}
        value={typeof value === 'string' ? value : ''}
        onChange={onChange}
      />,
    );
  }
  if (schema.type === 'string' && schema.format === 'date-time') {
    return field(
      <input
        id={id}
        className="nodrag"
        type="datetime-local"
        value={typeof value === 'string' ? value.slice(0, 16) : ''}
        onChange={(e) => onChange(e.target.value ? new Date(e.target.value).toISOString() : undefined)}
      />,
    );
  }
  const items = schema.items as JsonSchema | undefined;
  if (schema.type === 'array' && (items?.type === 'string' || items?.type === 'number' || items?.type === 'integer' || items?.type === undefined)) {
    return field(<ListEditor id={id} name={name} value={value} itemType={items?.type} onChange={onChange} />);
  }
  if (schema.type === 'object' && schema.properties === undefined) {
    return field(<KeyValueEditor id={id} name={name} value={value} onChange={onChange} />);
  }
  if (schema.type === 'string') {
    const suggestions = [...new Set([...providerModels, ...(Array.isArray(schema.examples) ? schema.examples.map(String) : [])])];
    const long = name === 'template' || name === 'code' || name === 'text' || name === 'prompt';
    return field(
      long ? (
        <textarea
          id={id}
          className="nodrag nowheel"
          rows={3}
          placeholder={placeholder}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <>
          <input
            id={id}
            className="nodrag"
            type="text"
            list={suggestions.length ? `${id}-suggestions` : undefined}
            placeholder={placeholder}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(e.target.value)}
          />
          {suggestions.length > 0 && (
            // Suggestions, not a closed list: any other value (e.g. a new model id) can be typed.
            <datalist id={`${id}-suggestions`}>
              {suggestions.map((option) => (
                <option key={option} value={option} />
              ))}
            </datalist>
          )}
        </>
      ),
    );
  }
  return <JsonField id={id} label={label} value={value} placeholder={placeholder} onChange={onChange} />;
}

/** Lists, objects and untyped values are edited as JSON; text that is not JSON is kept as a string. */
function JsonField({
  id,
  label,
  value,
  placeholder,
  onChange,
}: {
  id: string;
  label: React.ReactNode;
  value: unknown;
  placeholder: string;
  onChange(value: unknown): void;
}) {
  const [text, setText] = useState(value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
  const [invalid, setInvalid] = useState(false);
  const [uploadError, setUploadError] = useState<string>();
  return (
    <div className="field">
      {label}
      <div className="run-input">
        <input
          id={id}
          className={`nodrag mono${invalid ? ' invalid' : ''}`}
          type="text"
          placeholder={placeholder || 'JSON or text'}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value.trim() === '') {
              setInvalid(false);
              return onChange(undefined);
            }
            try {
              onChange(JSON.parse(e.target.value));
              setInvalid(false);
            } catch {
              setInvalid(/^\s*[[{]/.test(e.target.value));
              onChange(e.target.value);
            }
          }}
        />
        {/* Any untyped value may be a file: upload it and the field holds the file's reference. */}
        <label className="button upload nodrag" title="Upload a file as this value">
          File
          <input
            type="file"
            className="visually-hidden"
            aria-label={`Upload a file for ${id}`}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              try {
                const { file: ref } = await api.uploadFile(file);
                setText(JSON.stringify(ref));
                setInvalid(false);
                setUploadError(undefined);
                onChange(ref);
              } catch (err) {
                setUploadError(errorMessage(err));
              }
            }}
          />
        </label>
      </div>
      <FormError message={uploadError} inline small />
    </div>
  );
}

/** The models a credential's provider lists (none until it answers, or when it cannot be asked). */
function useProviderModels(credentialId: string | undefined): string[] {
  const [models, setModels] = useState<string[]>([]);
  useEffect(() => {
    setModels([]);
    if (!credentialId) return;
    let current = true;
    api.credentialModels(credentialId).then(
      (r) => current && setModels(r.models),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [credentialId]);
  return models;
}
