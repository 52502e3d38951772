import { useEffect, useState } from 'react';
import { useOrdersView } from '../view-state';

type Sheet = (typeof import('./order-drawer-sheet'))['OrderDrawerSheet'];

// The drawer (dialog primitive, phone formatting, invoice views) stays out of the first-load bundle.
let sheet: Promise<Sheet> | null = null;
const loadSheet = () =>
  (sheet ??= import('./order-drawer-sheet').then(
    (module) => module.OrderDrawerSheet,
    (error: unknown) => {
      sheet = null;
      throw error;
    },
  ));

// A deep link fetches the drawer's code beside the app's first render instead of after it.
if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('order')) void loadSheet();

/** The order detail drawer, opened by `?order=<id>`. */
export function OrderDrawer() {
  const [view] = useOrdersView();
  const [wanted, setWanted] = useState(view.order !== null);
  if (view.order !== null && !wanted) setWanted(true);
  const [Sheet, setSheet] = useState<Sheet | null>(null);

  // At once when wanted, else once the page is idle, so the first click opens the drawer without a wait. A
  // plain state update shows it: a Suspense retry would wait behind every render of a streaming first load.
  useEffect(() => {
    if (Sheet) return;
    let live = true;
    const timer = setTimeout(
      () => void loadSheet().then((loaded) => live && setSheet(() => loaded)),
      wanted ? 0 : 1500,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wanted, Sheet]);

  return wanted && Sheet ? <Sheet /> : null;
}
