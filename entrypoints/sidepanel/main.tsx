import { render } from 'preact';

// Placeholder until the live panel lands (issue #5): says what the extension will do here.
function SidePanel() {
  return (
    <main>
      <h1>Reply Coach</h1>
      <p>Open a ticket in your helpdesk and start typing a reply: coaching appears here.</p>
    </main>
  );
}

render(<SidePanel />, document.getElementById('app')!);
