// The standing reminder, always in reach: a journal is not therapy, and where to turn in a crisis. No links: nothing here goes online.
export function SupportLine() {
  return <p className="support-line">A journal is not therapy. If you are in crisis, call your local emergency number.</p>;
}
