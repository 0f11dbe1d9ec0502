import { useEffect, useId } from 'react';
import { selectLargeText } from './store/selectors';
import { useAppStore } from './store/store-context';
import { STRINGS } from './strings';

/** Shows the app's name, a one-line explanation, and the projector text-size switch. */
export function Header() {
  const largeText = useAppStore(selectLargeText);
  const setLargeText = useAppStore((state) => state.setLargeText);
  const boxId = useId();

  // Type sizes are in rem, so scaling the root font scales the whole page.
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);

  return (
    <header className="app-header">
      <div>
        <h1>{STRINGS.app.name}</h1>
        <p className="tagline">{STRINGS.app.tagline}</p>
      </div>
      <div className="header-options">
        <input id={boxId} type="checkbox" checked={largeText} onChange={(event) => setLargeText(event.target.checked)} />
        <label htmlFor={boxId} title={STRINGS.app.largeTextHint}>
          {STRINGS.app.largeText}
        </label>
      </div>
    </header>
  );
}
