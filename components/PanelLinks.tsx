/**
 * The extension's other pages, opened in a tab: the agent's private self-assessment, and the options
 * (rules, and the rules muted with "Don't show this again"). Relative links: the panel is an extension page.
 */
export function PanelLinks() {
  return (
    <nav class="panel-links" aria-label="More from Reply Coach">
      <a href="/self-assessment.html" target="_blank" rel="noopener">
        Your self-assessment
      </a>
      <a href="/options.html" target="_blank" rel="noopener">
        Rules and muted findings
      </a>
    </nav>
  );
}
