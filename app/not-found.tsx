import Link from "next/link";
import { routing } from "@/lib/i18n/routing";

// Reached only for paths the proxy does not send to a locale (the proxy prefixes every
// page path with a locale), so it cannot know the reader's language: it offers both.
export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Không tìm thấy trang</h1>
        <p lang="en">Page not found.</p>
        <p>
          <Link href="/vi">Trang chủ</Link> ·{" "}
          <Link href="/en" lang="en">
            Home
          </Link>
        </p>
      </body>
    </html>
  );
}
