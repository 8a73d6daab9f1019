/**
 * Feature flags, fixed at build time. The board (issue 5) stays hidden until its pages
 * exist: build with VITE_FEATURE_BOARD=1 to show the nav link and the placeholder route.
 */
export const features = {
  board: import.meta.env.VITE_FEATURE_BOARD === '1',
};
