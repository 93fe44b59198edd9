/** The first thing a keyboard user reaches: jump past the navigation to the page itself (#main is focusable). */
export function SkipLink() {
  return (
    <a href="#main" className="skip-link">
      Skip to main content
    </a>
  );
}
