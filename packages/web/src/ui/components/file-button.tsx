import { Upload } from 'lucide-react';

/** A button that picks one file (its input hidden inside the label) and hands it on; the same file can be picked again. */
export function FileButton({ label, accept, size = 'md', onFile }: { label: string; accept: string; size?: 'sm' | 'md'; onFile: (file: File) => void }) {
  return (
    <label className={`btn btn-secondary${size === 'sm' ? ' btn-sm' : ''}`}>
      <Upload size={14} aria-hidden />
      {label}
      <input
        type="file"
        accept={accept}
        className="visually-hidden"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
