import { useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import './TextSourceForm.css';

export interface TextSourceFormProps {
  draft: string;
  onDraft: (text: string) => void;
  /** The reader asked to explain the text in the box. */
  onExplain: () => void;
  /** A file chosen with the picker or dropped on the drop area. */
  onFile: (file: File) => void;
  /** The file types the picker offers (lib/file-kind.ts, ACCEPTED_FILES). */
  accept: string;
  /** "Up to 20 MB and 200 pages": the limits, said where the reader chooses a file. */
  limitsText: string;
}

/** Where the text comes from: a box to paste into, and a PDF or text file picked or dropped. */
export function TextSourceForm({
  draft,
  onDraft,
  onExplain,
  onFile,
  accept,
  limitsText,
}: TextSourceFormProps): JSX.Element {
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [emptyAsked, setEmptyAsked] = useState(false);

  const submit = (e: Event) => {
    e.preventDefault();
    setEmptyAsked(!draft.trim());
    if (draft.trim()) onExplain();
  };
  const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;

  return (
    <form class="text-source stack" onSubmit={submit}>
      <label for="explain-text">Paste the text you want explained</label>
      <p id="explain-text-hint" class="small muted">
        For example, a visit summary or a letter from your clinic. It stays in this panel: PainLens does not save it or
        send it anywhere.
      </p>
      <textarea
        id="explain-text"
        class="text-source-box"
        rows={7}
        spellcheck={false}
        aria-describedby="explain-text-hint"
        value={draft}
        onInput={(e) => {
          setEmptyAsked(false);
          onDraft(e.currentTarget.value);
        }}
      />
      {emptyAsked && (
        <p class="small" role="status">
          Paste or type some text in the box first.
        </p>
      )}
      <p class="row">
        <button type="submit" class="btn btn-primary">
          Explain this text
        </button>
      </p>
      <div
        class={`text-source-drop${dragging ? ' text-source-drop-active' : ''}`}
        onDragEnter={(e) => hasFiles(e) && setDragging(true)}
        onDragOver={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files[0];
          if (file) onFile(file);
        }}
      >
        <p>Or open a PDF or text file from your computer.</p>
        <p class="row">
          <button type="button" class="btn" onClick={() => picker.current?.click()}>
            Choose a file…
          </button>
          <span class="small muted">or drop it here</span>
        </p>
        <p class="small muted">{limitsText}</p>
        <input
          ref={picker}
          type="file"
          accept={accept}
          hidden
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared, so choosing the same file again reads it again.
            input.value = '';
            if (file) onFile(file);
          }}
        />
      </div>
    </form>
  );
}
