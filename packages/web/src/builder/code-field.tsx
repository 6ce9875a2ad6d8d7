import { lazy, Suspense, type ComponentProps } from 'react';
import './code-field.css';

// CodeMirror is a third of the app's code and only code inputs need it: it loads with the first one shown.
const CodeEditor = lazy(() => import('./code-editor.tsx').then((module) => ({ default: module.CodeEditor })));

/** A code input: highlighting, brackets, search (CodeEditor), with an empty frame of its size while the editor loads. */
export function CodeField(props: ComponentProps<typeof CodeEditor>) {
  return (
    <Suspense fallback={<div className="code-field" aria-busy="true" />}>
      <CodeEditor {...props} />
    </Suspense>
  );
}
