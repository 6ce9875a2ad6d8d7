import type { AppPage, FileRef } from '../api/types.ts';

export type AppField = AppPage['fields'][number];

/** What a visitor has put in the form: the text of each field, and the files uploaded for some. */
export interface FormState {
  texts: Record<string, string>;
  files: Record<string, FileRef>;
}

/** How a field is typed in: a checkbox, a number, JSON for objects and lists, plain text otherwise. */
export type FieldControl = 'checkbox' | 'number' | 'json' | 'text';

export const controlOf = (field: AppField): FieldControl =>
  field.type === 'boolean' ? 'checkbox' : field.type === 'number' ? 'number' : field.type === 'object' || field.type === 'array' ? 'json' : 'text';

/** The text a field starts with: its default, as the control shows it. */
export function initialText(field: AppField): string {
  if (field.default === undefined) return '';
  if (controlOf(field) === 'json') return JSON.stringify(field.default, null, 2);
  return String(field.default);
}

/**
 * The run inputs the form's state gives: a field's file when one was uploaded, its text read as its control
 * reads it; an empty field is left out (its default applies). A field that cannot be read is named, with why.
 */
export function formInputs(fields: readonly AppField[], state: FormState): { inputs: Record<string, unknown> } | { problem: string } {
  const inputs: Record<string, unknown> = {};
  for (const field of fields) {
    const file = state.files[field.name];
    if (file) {
      inputs[field.name] = file;
      continue;
    }
    const text = state.texts[field.name] ?? '';
    const control = controlOf(field);
    if (control === 'checkbox') {
      inputs[field.name] = text === 'true';
      continue;
    }
    if (text.trim() === '') {
      if (field.required) return { problem: `Fill in “${field.name}”: the agent needs it.` };
      continue;
    }
    if (control === 'number') {
      const number = Number(text);
      if (!Number.isFinite(number)) return { problem: `“${field.name}” is a number; “${text}” is not one.` };
      inputs[field.name] = number;
    } else if (control === 'json') {
      try {
        inputs[field.name] = JSON.parse(text);
      } catch {
        return { problem: `“${field.name}” is JSON (${field.type === 'array' ? 'a list such as [1, 2]' : 'an object such as {"a": 1}'}); fix its text.` };
      }
    } else {
      inputs[field.name] = text;
    }
  }
  return { inputs };
}
