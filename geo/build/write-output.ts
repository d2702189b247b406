/**
 * Writes the build's output folder whole or not at all. The files go to a temporary folder next to
 * it (same parent, so the renames stay on one disk and are atomic), which then takes the old one's
 * place; on any failure the temporary folder is removed and the old output is left, or put back,
 * as it was. Returns null when written, or a message that names the folder, the reason and the fix.
 */
import * as nodeFs from 'node:fs';

/** The file operations used, so that a test can make one fail (a full disk) without one. */
export type Fs = Pick<typeof nodeFs, 'existsSync' | 'statSync' | 'mkdirSync' | 'writeFileSync' | 'renameSync' | 'rmSync'>;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function writeOutput(out: string, files: Record<string, string>, fs: Fs = nodeFs, id: string = String(process.pid)): string | null {
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) {
    return `could not write ${out}: a file of that name is in the way. Nothing was written and the file was left as it is.\n  fix: move or delete that file (the build writes a folder there), then build again.`;
  }
  const temp = `${out}.tmp-${id}`;
  const old = `${out}.old-${id}`;
  let movedAside = false;
  try {
    fs.rmSync(temp, { recursive: true, force: true });
    fs.mkdirSync(temp, { recursive: true });
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(`${temp}/${name}`, content);
    if (fs.existsSync(out)) {
      fs.renameSync(out, old);
      movedAside = true;
    }
    fs.renameSync(temp, out);
  } catch (error) {
    const cleanup: string[] = [];
    try {
      fs.rmSync(temp, { recursive: true, force: true });
    } catch (e) {
      cleanup.push(`the temporary folder ${temp} could not be removed (${reason(e)})`);
    }
    if (movedAside) {
      try {
        fs.renameSync(old, out);
      } catch (e) {
        cleanup.push(`the earlier output is in ${old} and could not be put back (${reason(e)})`);
      }
    }
    const left = cleanup.length ? `; ${cleanup.join('; ')}` : '; the earlier output was left as it was';
    return `could not write ${out}: ${reason(error)}${left}.\n  fix: check that the folder and its parent are writable, that no file stands in the way, and that the disk has room.`;
  }
  try {
    if (movedAside) fs.rmSync(old, { recursive: true, force: true });
  } catch {
    // The new output is in place; a leftover old copy does no harm.
  }
  return null;
}
