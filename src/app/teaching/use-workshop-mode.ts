import { useEffect } from 'react';
import { useTeaching } from './teaching-context';

/**
 * Turns the page's workshop theme on and off. The class sits on the root element, because the
 * type sizes are in rem and the theme replaces the colour variables there.
 */
export function useWorkshopMode(): boolean {
  const workshop = useTeaching((state) => state.workshop);
  useEffect(() => {
    document.documentElement.classList.toggle('workshop', workshop);
  }, [workshop]);
  return workshop;
}
