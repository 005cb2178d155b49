import type { ReactNode } from "react";

// The real root layout, with <html lang>, is app/[locale]/layout.tsx. This one exists
// only because app/not-found.tsx (for paths outside any locale) needs a parent layout.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
