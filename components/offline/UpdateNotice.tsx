'use client';

import { useEffect, useState } from 'react';

/**
 * "A newer version is ready" while a saved copy controls the page. It never registers a worker:
 * on a page no saved copy controls it does nothing at all. Workbox's generated worker waits
 * (skipWaiting: false) until it gets SKIP_WAITING, so a reader is never switched mid-page.
 */
export function UpdateNotice({ labels }: { labels: { ready: string; reload: string } }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
    if (!sw?.controller) return;
    let reg: ServiceWorkerRegistration | undefined;
    const check = () => reg?.waiting && setWaiting(reg.waiting);
    const onFound = () => reg?.installing?.addEventListener('statechange', check);
    sw.getRegistration().then((r) => {
      reg = r;
      check();
      // The update check the navigation started may already be installing (its updatefound
      // fired before this ran): follow that worker too, or the notice waits for the next page.
      reg?.installing?.addEventListener('statechange', check);
      reg?.addEventListener('updatefound', onFound);
    });
    return () => reg?.removeEventListener('updatefound', onFound);
  }, []);

  const reload = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting?.postMessage({ type: 'SKIP_WAITING' });
  };

  return (
    <div role="status" className="no-print">
      {waiting ? (
        <div className="update-notice">
          <p>{labels.ready}</p>
          <button type="button" className="button button-small" onClick={reload}>
            {labels.reload}
          </button>
        </div>
      ) : null}
    </div>
  );
}
