import { useEffect } from 'react';
import { useTeaching } from './teaching-context';

/** Space left between the sticky playback bar and the lanes scrolled up to it, in CSS pixels. */
const GAP_BELOW_BAR_PX = 8;

/**
 * Scrolls the lesson card, and the lanes right after it, up to just below the playback bar, which
 * stays on top: the room reads the lesson and watches the lanes. Measuring here, after the theme's
 * class is set, takes the bar's new, larger height into account.
 */
function showLesson(): void {
  const target = document.querySelector('.workshop-banner') ?? document.querySelector('.lanes-panel');
  if (target === null) return;
  // On small screens the bar scrolls with the page, so it covers nothing.
  const bar = document.querySelector('.playback-bar');
  const barHeight = bar !== null && getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().height : 0;
  const top = target.getBoundingClientRect().top + window.scrollY - barHeight - GAP_BELOW_BAR_PX;
  window.scrollTo({ top: Math.max(0, top) });
}

/**
 * Turns the page's workshop theme on and off. The class sits on the root element, because the
 * type sizes are in rem and the theme replaces the colour variables there. Outside an embed the
 * address gets `workshop=1`, so a teacher who reloads mid-session stays in workshop mode.
 */
export function useWorkshopMode(updateAddress: boolean): boolean {
  const workshop = useTeaching((state) => state.workshop);
  useEffect(() => {
    document.documentElement.classList.toggle('workshop', workshop);
    if (workshop) showLesson();
    if (!updateAddress) return;

    const url = new URL(window.location.href);
    if (workshop) url.searchParams.set('workshop', '1');
    else url.searchParams.delete('workshop');
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [workshop, updateAddress]);
  return workshop;
}
