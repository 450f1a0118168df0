import { useState } from 'preact/hooks';

interface FileDropProps {
  id: string;
  label: string;
  hint: string;
  accept: string;
  multiple?: boolean;
  control: string;
  onFiles: (files: File[]) => void;
}

/** A file picker that also takes files dropped on it. Files are read in this page; nothing is uploaded. */
export function FileDrop({ id, label, hint, accept, multiple = false, control, onFiles }: FileDropProps) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={`drop-zone${over ? ' drop-zone--over' : ''}`}
      data-drop={control}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = [...(event.dataTransfer?.files ?? [])];
        if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
      }}
    >
      <label class="field__label" for={id}>
        {label}
      </label>
      <p class="field__hint">{hint}</p>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        data-control={control}
        onChange={(event) => {
          const input = event.currentTarget;
          const files = [...(input.files ?? [])];
          // The same file can be picked again after fixing it.
          input.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
