import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway serves dist/ at /graphiql/ in development mode only (apps/gateway/src/http/graphiql.ts). Everything the
// page needs is in dist/: scripts, Monaco's workers, the stylesheet with its fonts. Nothing is fetched from a CDN.
export default defineConfig({
  base: '/graphiql/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL brings Monaco (several MB): a development tool on the gateway's own origin, loaded only on /graphiql/.
    chunkSizeWarningLimit: 8000,
    rolldownOptions: {
      // GraphiQL's modules start with React Compiler's "use no memo", which bundling drops harmlessly: one warning each.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // Monaco's workers (graphiql/setup-workers/vite) as ES modules, like the page's own scripts.
  worker: { format: 'es' },
});
