import { useId, useState } from 'react';
import { useEngine } from '../engine/engine-context';
import { useAppStoreApi } from '../store/store-context';
import { useAnnotationStoreApi } from '../teaching/teaching-context';
import { addressWithFragment, currentRunFragment } from './run-link';
import { SHARE_STRINGS } from './share-strings';

/**
 * Copies a link that reopens this run at this moment. The link also appears in a read-only field,
 * because a browser may refuse clipboard access (an embedded frame, a permission setting).
 */
export function CopyLinkButton() {
  const engine = useEngine();
  const store = useAppStoreApi();
  const annotations = useAnnotationStoreApi();
  const fieldId = useId();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    const address = addressWithFragment(await currentRunFragment(engine, store, annotations));
    setLink(address);
    try {
      await navigator.clipboard.writeText(address);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="copy-link">
      <button type="button" title={SHARE_STRINGS.copyLinkHint} onClick={() => void copy()}>
        {SHARE_STRINGS.copyLink}
      </button>
      {link !== null && (
        <div className="copy-link-result">
          <label htmlFor={fieldId} className="visually-hidden">
            {SHARE_STRINGS.linkLabel}
          </label>
          <input id={fieldId} type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
          <p role="status">{copied ? SHARE_STRINGS.linkCopied : SHARE_STRINGS.linkCopyFailed}</p>
        </div>
      )}
    </div>
  );
}
