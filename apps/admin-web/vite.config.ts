import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In production the gateway serves dist/ at `/` and the API beside it, so the app only ever uses relative URLs
// (`/graphql`, `/auth/...`). In dev, vite forwards those paths to the gateway.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: gateway, changeOrigin: true },
      '/auth': { target: gateway, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each route loads (dev/bundle-report.ts prints their gzipped sizes).
    manifest: true,
    // antd alone is larger than vite's default 500 kB warning; the app is an internal admin tool on a LAN.
    chunkSizeWarningLimit: 2000,
  },
});
