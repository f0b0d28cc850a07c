// The app's name set in the writing serif: the only branding, so nothing competes with the writer's words.
export function BrandMark() {
  return (
    <div className="brand" aria-hidden="true">
      <span className="brand-dot" />
      Afterword
    </div>
  );
}
