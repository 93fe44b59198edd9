export function AppFooter() {
  return (
    <footer className="app-footer">
      <span>OnRecord — the 1:1 record both sides can trust.</span>
      <a href="/api/docs">API reference</a>
    </footer>
  );
}
