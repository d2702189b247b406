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
import { t as say, useT } from '../words/i18n';

/** The formats offered, in this order; their names and hints are `io.download.<id>` and `io.download.<id>.hint`. */
const FORMATS: readonly ExportFormat[] = ['csv', 'geojson', 'annotations', 'map'];
/** The space between a control and its words, on the reading side. */
const SPACE = { marginInlineStart: '0.3em' } as const;

export function DownloadMenu({ visible, idPrefix = 'dl' }: { visible: readonly EventFeature[]; idPrefix?: string }) {
  const t = useT();
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
    useStore.getState().setNotice(say('io.download.done', { scope, format: say(`io.download.${format}`), file: file.filename }));
  };
  return (
    <details className="downloads">
      <summary>{t('io.download')}</summary>
      <fieldset className="download-scope">
        <legend>{t('io.download.what')}</legend>
        <label>
          <input type="radio" name={`${idPrefix}-scope`} checked={scope === 'view'} onChange={() => setScope('view')} />
          <span style={SPACE}>{t('io.download.view', { events: visible.length, claims: claimsShown })}</span>
        </label>
        <label>
          <input type="radio" name={`${idPrefix}-scope`} checked={scope === 'all'} onChange={() => setScope('all')} />
          <span style={SPACE}>{t('io.download.all', { events: model.events.length, claims: model.claimById.size })}</span>
        </label>
      </fieldset>
      <ul className="download-formats">
        {FORMATS.map((f) => (
          <li key={f}>
            <button type="button" onClick={() => void download(f)} disabled={scope === 'view' && visible.length === 0}>
              {t(`io.download.${f}`)}
            </button>
            <span className="muted" style={SPACE}>
              {t(`io.download.${f}.hint`)}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
