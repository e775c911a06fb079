import type { ReactNode } from 'react';
import './globals.css';

// `<html>` lives in `[locale]/layout.tsx` (so `lang` is right on every page) and in the
// two pages outside it, the language chooser and the global 404.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
