// The formatting toolbar's icons: letters for marks, line drawings for blocks.
import { Icon } from '../../../components/Icon';

export const BoldIcon = () => <span className="glyph glyph-bold">B</span>;
export const ItalicIcon = () => <span className="glyph glyph-italic">I</span>;
export const HighlightIcon = () => <span className="glyph glyph-highlight">A</span>;

export const HeadingIcon = () => (
  <Icon>
    <path d="M3 3v10M10 3v10M3 8h7M12.5 9.5l1.5-1v5" />
  </Icon>
);

export const BulletListIcon = () => (
  <Icon>
    <circle cx="3" cy="4" r="0.6" fill="currentColor" />
    <circle cx="3" cy="8" r="0.6" fill="currentColor" />
    <circle cx="3" cy="12" r="0.6" fill="currentColor" />
    <path d="M6.5 4H14M6.5 8H14M6.5 12H14" />
  </Icon>
);

export const ChecklistIcon = () => (
  <Icon>
    <rect x="1.75" y="2.75" width="4.5" height="4.5" rx="1" />
    <path d="M2.8 5.1l.9.9 1.6-1.8M8.5 5H14M1.75 9.75h4.5v4.5h-4.5zM8.5 12H14" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M3 12.5c1.8-.6 2.8-1.9 2.8-4V5H2.5v3.5h3.3M10 12.5c1.8-.6 2.8-1.9 2.8-4V5H9.5v3.5h3.3" />
  </Icon>
);

export const PictureIcon = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1" />
    <circle cx="5.5" cy="6.5" r="1" />
    <path d="M2.5 12l3.5-3.5 2.5 2.5 2-2 3 3" />
  </Icon>
);
