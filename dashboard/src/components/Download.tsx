/** A button that writes a CSV file built when it is pressed (so a large export is only read when asked for). */
import { useState } from 'react';

const save = (filename: string, text: string) => {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

export const DownloadCsv = (props: {
  label: string;
  filename: string;
  build: () => Promise<string> | string;
}) => {
  const [state, setState] = useState<'idle' | 'working' | string>('idle');
  const run = async () => {
    setState('working');
    try {
      save(props.filename, await props.build());
      setState('idle');
    } catch (error) {
      setState(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <span className="download">
      <button type="button" onClick={() => void run()} disabled={state === 'working'}>
        {state === 'working' ? 'Preparing…' : props.label}
      </button>
      {state !== 'idle' && state !== 'working' && (
        <span role="alert" className="error">
          {state}
        </span>
      )}
    </span>
  );
};
