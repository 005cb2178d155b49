import localFont from "next/font/local";

// Noto Sans (variable weight) from the @fontsource-variable package, self-hosted by
// next/font at build time: nothing is fetched from the network. Vietnamese needs two
// files — the Latin subset and the Vietnamese one (ă, đ, ơ, ư and the stacked tone
// marks) — and next/font/local takes one unicode-range per font, so there are two
// families, stacked in --font-sans (globals.css).
// next/font needs literal arguments, hence the repeated paths.
export const notoSansLatin = localFont({
  src: "../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2",
  weight: "100 900",
  display: "optional",
  variable: "--font-noto-latin",
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

export const notoSansVietnamese = localFont({
  src: "../node_modules/@fontsource-variable/noto-sans/files/noto-sans-vietnamese-wght-normal.woff2",
  weight: "100 900",
  display: "optional",
  variable: "--font-noto-vietnamese",
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB",
    },
  ],
});
