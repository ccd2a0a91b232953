import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { ChecklistSummary } from '@/lib/checklist-evaluate';
import './DoctorSummary.css';

export interface DoctorSummaryProps {
  summary: ChecklistSummary;
  /** e.g. "25 Nov 2026". */
  reviewedOn: string;
  /** When the answers last changed, e.g. "25 Nov 2026" (printed on the handout). */
  answeredOn?: string;
  onCopy?: () => void;
  onPrint?: () => void;
  onReset?: () => void;
  /** "Copied" and the like, announced politely. */
  status?: string;
}

/** "Questions for my doctor": the checklist's discussion summary, with Copy, Print and Reset. */
export function DoctorSummary({
  summary,
  reviewedOn,
  answeredOn,
  onCopy,
  onPrint,
  onReset,
  status,
}: DoctorSummaryProps): JSX.Element {
  const [confirming, setConfirming] = useState(false);
  // The button pressed disappears as the step changes; focus follows to the step's safe button,
  // or keyboard and screen-reader users are left at the top of the page.
  const resetRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const moveFocusRef = useRef(false);
  useEffect(() => {
    if (!moveFocusRef.current) return;
    moveFocusRef.current = false;
    (confirming ? keepRef : resetRef).current?.focus();
  }, [confirming]);
  const step = (next: boolean) => {
    moveFocusRef.current = true;
    setConfirming(next);
  };
  const list = (title: string, items: readonly { questionId: string; text: string }[]) =>
    items.length > 0 && (
      <>
        <h3>{title}</h3>
        <ul>
          {items.map((i) => (
            <li key={i.questionId}>{i.text}</li>
          ))}
        </ul>
      </>
    );
  return (
    <section class="card doctor-summary" aria-labelledby="doctor-summary-title">
      <h2 id="doctor-summary-title" style={{ marginTop: 0 }}>
        Questions for my doctor
      </h2>
      {summary.urgent && (
        <div class="notice notice-danger" role="alert">
          <strong>Please get help now.</strong> {summary.urgent}
        </div>
      )}
      <p>{summary.headline}</p>
      {answeredOn && <p class="small muted">Answers last changed {answeredOn}.</p>}
      {list('Talk about these first', summary.reviewFirst)}
      {list('What may fit', summary.mayFit)}
      {list('Other notes', summary.notes)}
      <h3>Questions to ask</h3>
      <ol>
        {summary.questionsToAsk.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
      <p class="small muted">
        {summary.notAdvice} Content reviewed {reviewedOn}.
      </p>
      <div class="row no-print">
        {onCopy && (
          <button type="button" class="btn" onClick={onCopy}>
            Copy
          </button>
        )}
        {onPrint && (
          <button type="button" class="btn" onClick={onPrint}>
            Print
          </button>
        )}
        {onReset && !confirming && (
          <button type="button" class="btn" ref={resetRef} onClick={() => step(true)}>
            Reset answers
          </button>
        )}
        {onReset && confirming && (
          <span class="row" role="group" aria-label="Confirm reset">
            <span>Clear all your answers?</span>
            <button
              type="button"
              class="btn btn-danger"
              onClick={() => {
                step(false);
                onReset();
              }}
            >
              Yes, clear them
            </button>
            <button type="button" class="btn" ref={keepRef} onClick={() => step(false)}>
              Keep my answers
            </button>
          </span>
        )}
      </div>
      <p class="small" role="status">
        {status ?? ''}
      </p>
    </section>
  );
}
