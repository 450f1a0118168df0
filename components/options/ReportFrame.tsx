import { useRef } from 'preact/hooks';

interface ReportFrameProps {
  /** A whole report page (components/reports): the same file the download saves. */
  html: string;
  title: string;
  name: string;
}

/**
 * Shows a report in the page exactly as its file will look. Sandboxed without scripts (the report has
 * none, and page text in it is escaped); same-origin only so the frame can grow to its content's
 * height instead of scrolling inside the page.
 */
export function ReportFrame({ html, title, name }: ReportFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const fit = () => {
    const document = frame.current?.contentDocument;
    if (frame.current && document) frame.current.style.height = `${document.documentElement.scrollHeight + 4}px`;
  };
  return <iframe ref={frame} class="report-frame" title={title} data-report-frame={name} sandbox="allow-same-origin" srcdoc={html} onLoad={fit} />;
}
