import { lazy, Suspense, useEffect, useState } from 'react';
import { useOrdersView } from '../view-state';

// The drawer (dialog primitive, phone formatting, invoice views) stays out of the first-load bundle.
const loadSheet = () => import('./order-drawer-sheet');
const OrderDrawerSheet = lazy(() => loadSheet().then((module) => ({ default: module.OrderDrawerSheet })));

/** The order detail drawer, opened by `?order=<id>`. */
export function OrderDrawer() {
  const [view] = useOrdersView();
  const [wanted, setWanted] = useState(view.order !== null);
  if (view.order !== null && !wanted) setWanted(true);

  // Fetch the code once the page is idle, so the first click opens the drawer without a wait.
  useEffect(() => {
    const timer = setTimeout(() => void loadSheet(), 1500);
    return () => clearTimeout(timer);
  }, []);

  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <OrderDrawerSheet />
    </Suspense>
  );
}
