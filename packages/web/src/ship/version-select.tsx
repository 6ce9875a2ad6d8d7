/** A choice among an agent's versions, newest first, labelled `Version`. */
export function VersionSelect({ versions, value, onChange }: { versions: number[]; value: number | undefined; onChange(version: number): void }) {
  return (
    <label>
      Version
      <select value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v} value={v}>
            v{v}
          </option>
        ))}
      </select>
    </label>
  );
}
