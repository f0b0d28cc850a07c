// A 16-pixel line icon drawn inline (nothing fetched), stroked in the surrounding text colour.
import type { ReactNode } from 'react';

export function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

export const LockIcon = () => (
  <Icon>
    <rect x="3" y="7" width="10" height="7" rx="1.5" />
    <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
  </Icon>
);

export const BackupIcon = () => (
  <Icon>
    <path d="M3 4.5h10v8.5a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z" />
    <path d="M2 2h12v2.5H2z" />
    <path d="M6.5 7.5h3" />
  </Icon>
);

export const ExportIcon = () => (
  <Icon>
    <path d="M8 2v8" />
    <path d="M5 5l3-3 3 3" />
    <path d="M3 9v4a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V9" />
  </Icon>
);

export const SettingsIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="2.2" />
    <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" />
  </Icon>
);

/** A gentle line over a baseline: the journal over time. */
export const OverTimeIcon = () => (
  <Icon>
    <path d="M2 13.5h12" />
    <path d="M2.5 10.5l3-3 2.5 2 5-5" />
  </Icon>
);

export const CommitmentsIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="6" />
    <path d="M5.5 8.2l1.8 1.8 3.2-3.6" />
  </Icon>
);
