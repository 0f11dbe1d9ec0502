import { selectNotices } from './store/selectors';
import { useAppStore } from './store/store-context';
import { STRINGS } from './strings';

/** Messages the person should read, such as an invalid URL parameter, each with a Dismiss button. */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const dismissNotice = useAppStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;

  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className="notice" role="alert">
          <p>{notice.text}</p>
          <button type="button" onClick={() => dismissNotice(notice.id)}>
            {STRINGS.notices.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
