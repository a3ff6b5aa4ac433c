/** Build-time flags (wxt.config.ts `vite.define`). */
/** True only in the scale benchmark's own builds (GLOSS_BENCH=1): its hooks are left out of the product. */
declare const __GLOSS_BENCH__: boolean;
