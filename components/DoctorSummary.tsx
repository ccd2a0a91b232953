import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { ChecklistSummary } from '@/lib/checklist-evaluate';
import { CHECKLIST_TITLE } from '@/data/checklist';
import { HANDOUT_HEADINGS as H } from '@/data/checklist-guidance';
import { crisisHelpNow } from '@/data/review';
import { CrisisHelp } from './CrisisHelp';
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
  /** The words the reader kept to ask about, with their short definitions (null: no longer in the glossary). */
  keptWords?: readonly KeptWordLine[];
  onRemoveWord?: (id: string) => void;
}

export interface KeptWordLine {
  id: string;
  name: string;
  short: string | null;
}

/**
 * The handout: "Questions to take to your doctor about ketamine". Never a verdict. Crisis help first
 * when it applies; then what a doctor needs to check before any ketamine, points and questions for the
 * doctor, the words the reader kept to ask about, what this checklist cannot tell you, questions to
 * ask a clinic, what matters to the reader, the SURE answers and any earlier answers. With Copy,
 * Print and Reset.
 */
export function DoctorSummary({
  summary,
  reviewedOn,
  answeredOn,
  onCopy,
  onPrint,
  onReset,
  status,
  keptWords = [],
  onRemoveWord,
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
  const bullets = (items: readonly string[]) => (
    <ul>
      {items.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
  const numbered = (items: readonly string[]) => (
    <ol>
      {items.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ol>
  );
  const sureAnswered = summary.sure.items.filter((s) => s.answer);
  return (
    <section class="card doctor-summary" aria-labelledby="doctor-summary-title">
      <h2 id="doctor-summary-title" style={{ marginTop: 0 }}>
        {CHECKLIST_TITLE}
      </h2>
      {summary.crisis && (
        <div class="handout-crisis">
          <h3>{H.crisis}</h3>
          <CrisisHelp help={summary.crisis} urgency={summary.crisis === crisisHelpNow ? 'now' : 'soon'} />
        </div>
      )}
      <p>{summary.headline}</p>
      {answeredOn && <p class="small muted">Answers last changed {answeredOn}.</p>}

      <h3>{H.checkFirst}</h3>
      {bullets([...summary.checkFirst.map((i) => i.text), ...(summary.checkFirstNone ? [summary.checkFirstNone] : [])])}

      {summary.raise.length > 0 && (
        <>
          <h3>{H.raise}</h3>
          {bullets(summary.raise.map((i) => i.text))}
        </>
      )}

      <h3>{H.doctorQuestions}</h3>
      {numbered(summary.doctorQuestions)}

      {keptWords.length > 0 && (
        <>
          <h3>{H.keptWords}</h3>
          <ul>
            {keptWords.map((w) => (
              <li key={w.id}>
                <strong>{w.name}</strong>
                {w.short ? `: ${w.short}` : ''}{' '}
                {onRemoveWord && (
                  <button type="button" class="btn no-print" onClick={() => onRemoveWord(w.id)}>
                    Remove<span class="visually-hidden"> “{w.name}”</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{H.cannotTell}</h3>
      {bullets(summary.cannotTell)}
      <p class="handout-lead">It did not check:</p>
      {bullets(summary.notChecked)}
      {summary.unanswered && <p>{summary.unanswered}</p>}

      <h3>{H.clinicQuestions}</h3>
      {numbered(summary.clinicQuestions)}

      <h3>{H.values}</h3>
      {summary.values.length > 0 ? (
        <ul>
          {summary.values.map((v) => (
            <li key={v.id}>
              {v.label}: <strong>{v.weight}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Not filled in yet.</p>
      )}

      <h3>{H.sure}</h3>
      {sureAnswered.length > 0 && (
        <ul>
          {sureAnswered.map((s) => (
            <li key={s.id}>
              {s.question} <strong>{s.answer === 'yes' ? 'Yes' : 'No'}</strong>
            </li>
          ))}
        </ul>
      )}
      <p>{summary.sure.note}</p>

      {summary.earlier.length > 0 && (
        <>
          <h3>{H.earlier}</h3>
          <p class="small muted">These questions have changed since you answered them. Your answers are kept.</p>
          <ul>
            {summary.earlier.map((e) => (
              <li key={e.id}>{e.text}</li>
            ))}
          </ul>
        </>
      )}

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
