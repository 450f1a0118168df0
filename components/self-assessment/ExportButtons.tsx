import { exportFileName, outcomesToCsv, outcomesToJson } from '../../lib/self-assessment/export';
import type { DraftOutcome } from '../../lib/self-assessment/outcome';
import { localDay } from '../../lib/self-assessment/outcome';
import type { Download } from './download';

interface ExportButtonsProps {
  outcomes: DraftOutcome[];
  download: Download;
  now: () => Date;
}

/** The agent's own history as a file, to share with their lead if they choose; nothing is sent anywhere. */
export function ExportButtons({ outcomes, download, now }: ExportButtonsProps) {
  const today = () => localDay(now());
  return (
    <div class="export">
      <button type="button" class="button" data-action="export-csv" onClick={() => download(exportFileName(today(), 'csv'), outcomesToCsv(outcomes), 'text/csv')}>
        Download CSV
      </button>
      <button
        type="button"
        class="button"
        data-action="export-json"
        onClick={() => download(exportFileName(today(), 'json'), outcomesToJson(outcomes, today()), 'application/json')}
      >
        Download JSON
      </button>
    </div>
  );
}
