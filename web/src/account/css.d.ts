/** Vite bundles imported style sheets (the account pages import their own, account.css). */
declare module '*.css';
