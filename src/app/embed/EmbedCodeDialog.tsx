import { useEffect, useId, useRef, useState } from 'react';
import { PRESET_NAMES } from '../../sim/presets';
import { useEngine } from '../engine/engine-context';
import { currentRunFragment } from '../share/run-link';
import { selectPresetName } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { useAnnotationStoreApi } from '../teaching/teaching-context';
import { EMBED_PARTS, DEFAULT_EMBED_PARTS, toOrigin, type EmbedPart } from './embed-options';
import { embedSnippet } from './embed-snippet';
import { EMBED_STRINGS } from './embed-strings';
import './embed.css';

const CURRENT_RUN = 'current';
const text = EMBED_STRINGS;

/** The page's own address without query or fragment: where the frame should point. */
function appUrl(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** Renders a button that opens a dialog with the `<iframe>` snippet and the options that shape it. */
export function EmbedCodeDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (open && dialog && !dialog.open) dialog.showModal();
  }, [open]);

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {text.embedCode}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby="embed-title" onClose={() => setOpen(false)}>
        {open && <EmbedCodeForm onClose={() => dialogRef.current?.close()} />}
      </dialog>
    </>
  );
}

function EmbedCodeForm({ onClose }: { onClose: () => void }) {
  const engine = useEngine();
  const store = useAppStoreApi();
  const annotations = useAnnotationStoreApi();
  const presetName = useAppStore(selectPresetName);
  const [source, setSource] = useState<string>(presetName ?? CURRENT_RUN);
  const [autoplay, setAutoplay] = useState(false);
  const [tour, setTour] = useState(false);
  const [parts, setParts] = useState<EmbedPart[]>([...DEFAULT_EMBED_PARTS]);
  const [allow, setAllow] = useState('');
  const [fragment, setFragment] = useState<string | null>(null);
  const [copyStatus, setCopyStatus] = useState<string | null>(null);
  const ids = { source: useId(), allow: useId(), allowHint: useId(), code: useId() };

  useEffect(() => {
    void currentRunFragment(engine, store, annotations).then(setFragment);
  }, [engine, store, annotations]);

  const allowedOrigins = allow
    .split(',')
    .map((item) => toOrigin(item.trim()))
    .filter((origin): origin is string => origin !== null);
  const snippet = embedSnippet({
    appUrl: appUrl(),
    preset: source === CURRENT_RUN ? null : source,
    fragment,
    autoplay,
    tour,
    parts: EMBED_PARTS.filter((part) => parts.includes(part)),
    allowedOrigins,
  });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyStatus(text.copied);
    } catch {
      setCopyStatus(text.copyFailed);
    }
  };
  const togglePart = (part: EmbedPart, on: boolean) =>
    setParts((current) => (on ? [...current, part] : current.filter((item) => item !== part)));

  return (
    <div className="embed-form">
      <h2 id="embed-title">{text.dialogTitle}</h2>
      <p>{text.dialogIntro}</p>
      <label htmlFor={ids.source}>{text.optionPreset}</label>
      <select id={ids.source} value={source} onChange={(event) => setSource(event.target.value)}>
        {PRESET_NAMES.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        <option value={CURRENT_RUN}>{text.optionCurrent}</option>
      </select>
      <fieldset>
        <legend>{text.optionControls}</legend>
        {EMBED_PARTS.map((part) => (
          <label key={part} className="embed-check">
            <input type="checkbox" checked={parts.includes(part)} onChange={(event) => togglePart(part, event.target.checked)} />
            {text.parts[part]}
          </label>
        ))}
      </fieldset>
      <label className="embed-check">
        <input type="checkbox" checked={autoplay} onChange={(event) => setAutoplay(event.target.checked)} />
        {text.optionAutoplay}
      </label>
      <label className="embed-check">
        <input type="checkbox" checked={tour} onChange={(event) => setTour(event.target.checked)} />
        {text.optionTour}
      </label>
      <label htmlFor={ids.allow}>{text.optionAllow}</label>
      <input id={ids.allow} type="text" value={allow} aria-describedby={ids.allowHint} onChange={(event) => setAllow(event.target.value)} />
      <p id={ids.allowHint} className="embed-hint">
        {text.optionAllowHint}
      </p>
      <label htmlFor={ids.code}>{text.snippet}</label>
      <textarea id={ids.code} readOnly rows={9} value={snippet} onFocus={(event) => event.target.select()} />
      <div className="embed-buttons">
        <button type="button" className="primary" onClick={() => void copy()}>
          {text.copy}
        </button>
        <button type="button" onClick={onClose}>
          {text.close}
        </button>
        {copyStatus && <p role="status">{copyStatus}</p>}
      </div>
    </div>
  );
}
