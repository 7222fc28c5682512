import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The browser UI. Built into dist/web, which the platform serves (src/app/web.ts). In development
 * (`vite --config web/vite.config.ts`) API calls go to a platform server on port 3000.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/integritetspolicy': 'http://localhost:3000',
      '/en/privacy-policy': 'http://localhost:3000',
    },
  },
});
