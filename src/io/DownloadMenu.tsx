/**
 * Download: what the map shows now (the time slider's events, the filters' claims) or the whole
 * map, as GeoJSON, a spreadsheet (CSV), W3C Web Annotations, or this app's own map file, which
 * opens again here as it was.
 */
import { useState } from 'react';
import type { EventFeature } from '../../geo/types';
import type { ExportFormat } from '../../geo/core/export/export';
import { claimPasses, placePasses } from '../store/selectors';
import { useStore } from '../store/store';
import { saveFile } from '../ui/save-file';

const FORMATS: { id: ExportFormat; label: string; hint: string }[] = [
  { id: 'csv', label: 'Spreadsheet (CSV)', hint: 'one row per claim, for Excel, LibreOffice or Google Sheets' },
  { id: 'geojson', label: 'GeoJSON', hint: 'one feature per event, for QGIS, geojson.io or any GIS' },
  { id: 'annotations', label: 'Web Annotations (JSON-LD)', hint: 'each claim anchored to its quote in its report (W3C)' },
  { id: 'map', label: "This app's map file (JSON)", hint: 'opens again here, as it is: Maps › Open a file' },
];

export function DownloadMenu({ visible, idPrefix = 'dl' }: { visible: readonly EventFeature[]; idPrefix?: string }) {
  const model = useStore((s) => s.model)!;
  const filters = useStore((s) => s.view.filters);
  const [scope, setScope] = useState<'view' | 'all'>('view');
  const claimsShown = visible.reduce((n, e) => n + e.properties.claims.filter((c) => claimPasses(c, filters)).length, 0);
  // The writers load on first use: most readers never download.
  const download = async (format: ExportFormat) => {
    const [{ exportMap }, { subsetMap }] = await Promise.all([
      import('../../geo/core/export/export'),
      import('../../geo/core/compile/subset'),
    ]);
    const map =
      scope === 'all'
        ? model.source
        : subsetMap(model.source, new Set(visible.map((e) => e.id)), (id) => {
            const found = model.claimById.get(id);
            return found !== undefined && claimPasses(found.claim, filters) && placePasses(found.event, filters);
          });
    const file = exportMap(map, format);
    saveFile(scope === 'all' ? file.filename : file.filename.replace(/(\.[a-z]+)$/, '-view$1'), file.mime, file.text);
    useStore
      .getState()
      .setNotice(
        `Downloaded ${scope === 'all' ? 'the whole map' : 'what the map shows'} as ${FORMATS.find((f) => f.id === format)!.label}: ${file.filename}.`,
      );
  };
  return (
    <details className="downloads">
      <summary>Download</summary>
      <fieldset className="download-scope">
        <legend>What to download</legend>
        <label>
          <input type="radio" name={`${idPrefix}-scope`} checked={scope === 'view'} onChange={() => setScope('view')} /> What the map shows
          now: {visible.length.toLocaleString('en')} events, {claimsShown.toLocaleString('en')} claims
        </label>
        <label>
          <input type="radio" name={`${idPrefix}-scope`} checked={scope === 'all'} onChange={() => setScope('all')} /> The whole map:{' '}
          {model.events.length.toLocaleString('en')} events, {model.claimById.size.toLocaleString('en')} claims
        </label>
      </fieldset>
      <ul className="download-formats">
        {FORMATS.map((f) => (
          <li key={f.id}>
            <button type="button" onClick={() => void download(f.id)} disabled={scope === 'view' && visible.length === 0}>
              {f.label}
            </button>{' '}
            <span className="muted">{f.hint}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
