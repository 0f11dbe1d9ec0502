import { useEffect } from 'react';
import { useTeaching } from './teaching-context';

/**
 * Turns the page's workshop theme on and off. The class sits on the root element, because the
 * type sizes are in rem and the theme replaces the colour variables there. Outside an embed the
 * address gets `workshop=1`, so a teacher who reloads mid-session stays in workshop mode.
 */
export function useWorkshopMode(updateAddress: boolean): boolean {
  const workshop = useTeaching((state) => state.workshop);
  useEffect(() => {
    document.documentElement.classList.toggle('workshop', workshop);
    if (!updateAddress) return;

    const url = new URL(window.location.href);
    if (workshop) url.searchParams.set('workshop', '1');
    else url.searchParams.delete('workshop');
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [workshop, updateAddress]);
  return workshop;
}
