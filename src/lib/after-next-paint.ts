/** Resolves once the next frame has painted (or after 100 ms where no frame comes, as in a hidden tab). */
export function afterNextPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });
}
