import { type ReactNode, useEffect, useRef } from 'react';

type AdminConfirmProps = {
  /** Names the group for screen readers: the action asked about. */
  readonly label: string;
  readonly question: string;
  readonly confirmText: string;
  readonly keepText: string;
  readonly isPending: boolean;
  /** Why the last try failed, shown under the question. */
  readonly error: ReactNode;
  readonly onConfirm: () => void;
  readonly onKeep: () => void;
  /** The confirm button takes the focus again whenever this changes (a question asked anew). */
  readonly focusKey?: unknown;
};

/**
 * "Remove this …?" on the Admin screen. It takes the focus when it opens: Enter confirms, Tab
 * reaches the button that keeps things as they are.
 */
export function AdminConfirm(props: AdminConfirmProps) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), [props.focusKey]);
  return (
    <div className="admin-confirm" role="group" aria-label={props.label}>
      <p>{props.question}</p>
      {props.error}
      <div className="admin-buttons">
        <button
          ref={confirm}
          type="button"
          className="button button--danger"
          disabled={props.isPending}
          onClick={props.onConfirm}
        >
          {props.confirmText}
        </button>
        <button type="button" className="button" onClick={props.onKeep}>
          {props.keepText}
        </button>
      </div>
    </div>
  );
}
