import type { ComponentChildren, JSX } from 'preact';

export interface NoticeProps {
  tone?: 'info' | 'danger' | 'ok';
  /** Announce politely when it appears (status messages such as "Copied"). */
  live?: boolean;
  children: ComponentChildren;
}

export function Notice({ tone = 'info', live = false, children }: NoticeProps): JSX.Element {
  const cls = tone === 'danger' ? 'notice notice-danger' : tone === 'ok' ? 'notice notice-ok' : 'notice';
  return (
    <div class={cls} role={live ? 'status' : undefined}>
      {children}
    </div>
  );
}
