import { useState } from 'react';
import { useEngine } from '../engine/engine-context';
import { formatCount } from '../format';
import { selectScenario } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { captureLanesPng } from './export-picture';
import { buildRunReport, downloadBlob, EXPORT_RECORD_LIMIT, recordsToCsv } from './export-records';
import { SHARE_STRINGS } from './share-strings';

/** The lanes stage; its canvas and overlay are what the PNG shows. */
const LANES_STAGE_SELECTOR = '.lanes-stage';

/** Downloads the run's invocation records as CSV or JSON, and the lanes as a PNG. */
export function ExportButtons() {
  const engine = useEngine();
  const scenarioName = useAppStore(selectScenario).name;
  const [message, setMessage] = useState<string | null>(null);
  const baseName = fileBaseName(scenarioName);

  const exportRecords = (format: 'csv' | 'json') => {
    const report = buildRunReport(engine.getTimeline(), engine.getSnapshot().nowMs);
    const records = report.records ?? [];
    const blob =
      format === 'csv'
        ? new Blob([recordsToCsv(records)], { type: 'text/csv' })
        : new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' });
    downloadBlob(`${baseName}.${format}`, blob);
    setMessage(report.invocations > records.length ? SHARE_STRINGS.exportTruncated(formatCount(EXPORT_RECORD_LIMIT)) : null);
  };

  const exportPicture = async () => {
    const stage = document.querySelector(LANES_STAGE_SELECTOR);
    try {
      if (!stage) throw new Error('the lanes are not on the page');
      downloadBlob(`${baseName}.png`, await captureLanesPng(stage));
      setMessage(null);
    } catch (error) {
      setMessage(SHARE_STRINGS.exportFailed('PNG', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <div className="export-buttons" role="group" aria-label={SHARE_STRINGS.exportHeading}>
      <span className="export-label">{SHARE_STRINGS.exportHeading}</span>
      <button type="button" title={SHARE_STRINGS.exportCsvHint} onClick={() => exportRecords('csv')}>
        {SHARE_STRINGS.exportCsv}
      </button>
      <button type="button" title={SHARE_STRINGS.exportJsonHint} onClick={() => exportRecords('json')}>
        {SHARE_STRINGS.exportJson}
      </button>
      <button type="button" title={SHARE_STRINGS.exportPngHint} onClick={() => void exportPicture()}>
        {SHARE_STRINGS.exportPng}
      </button>
      {message && (
        <p className="export-message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}

/** Turns a scenario name into a file name: lower case, hyphens, nothing a file system might reject. */
function fileBaseName(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `lambda-lanes-${slug || 'run'}`;
}
