/** The order detail drawer, opened by `?order=<id>`. */
export function OrderDrawer() {
  return null;
}
