import { OutputView } from '../renderers/output-view.tsx';

/** A run's outputs by name, each value in its renderer (a list of plain values as one list). */
export function RunOutputs({ outputs }: { outputs: Record<string, unknown[]> }) {
  return Object.entries(outputs).map(([name, values]) => (
    <div key={name} className="run-output" data-testid={`output-${name}`}>
      <h3>{name}</h3>
      {values.length > 1 && values.every((v) => v === null || typeof v !== 'object') ? (
        <OutputView name={name} value={values} />
      ) : (
        values.map((value, index) => <OutputView key={index} name={name} value={value} />)
      )}
    </div>
  ));
}
