/**
 * The production build of the plugin: what the OpenShift console loads and
 * what the standalone host and the e2e tests load too. `ConsoleRemotePlugin`
 * turns console-extensions.json + package.json#consolePlugin into
 * dist/plugin-manifest.json and dist/plugin-entry.js, shares the console's
 * singletons and forces the public path to /api/plugins/<name>/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import type { Configuration } from 'webpack';

const here = path.dirname(fileURLToPath(import.meta.url));

export default (_env: unknown, argv: { mode?: Configuration['mode'] }): Configuration => {
  const mode = argv.mode ?? 'production';
  return {
    mode,
    context: here,
    entry: {},
    output: {
      path: path.resolve(here, 'dist'),
      filename: mode === 'production' ? '[name]-bundle-[contenthash].min.js' : '[name]-bundle.js',
      chunkFilename: mode === 'production' ? '[name]-chunk-[contenthash].min.js' : '[name]-chunk.js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.jsx'],
      // Worktrees share node_modules through a symlink; keep module paths under it so the
      // console SDK's PatternFly CSS handling (globbed from <cwd>/node_modules) matches them.
      symlinks: false,
    },
    module: {
      rules: [
        {
          test: /\.(jsx?|tsx?)$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { loader: 'tsx', target: 'es2021', jsx: 'automatic' },
        },
      ],
    },
    plugins: [
      new ConsoleRemotePlugin(),
      new CopyWebpackPlugin({
        patterns: [{ from: path.resolve(here, 'locales'), to: 'locales' }],
      }),
    ],
    devtool: mode === 'production' ? false : 'source-map',
    optimization: {
      chunkIds: mode === 'production' ? 'deterministic' : 'named',
      minimize: mode === 'production',
      splitChunks: {
        chunks: 'async',
        cacheGroups: {
          // Every PatternFly component is its own shared module with a fallback chunk (the SDK's
          // contract), and webpack's default only splits out common code of 20 KB or more: the
          // helpers, styles, icons and tslib those components share were copied into dozens of
          // chunks. Any library code used by two or more chunks goes to a chunk of its own instead.
          // Measured (bench/README.md): 849 -> 675 KB gzipped in dist/, 139 -> 121 files; a page
          // loads one more file in the console, 3-10 fewer in the standalone host.
          sharedLibraries: { test: /[\\/]node_modules[\\/]/, minChunks: 2, minSize: 0, priority: -5, reuseExistingChunk: true },
          // Our own code shared by pages (plans, mappings, providers) from 15 KB, not webpack's 20 KB:
          // 509 -> 499 KB in dist/ for 1-3 more files on the plan and provider pages (8 KB saved
          // 19 KB but cost up to 5 more files a page).
          sharedSource: { test: /[\\/]src[\\/]/, minChunks: 2, minSize: 15_000, priority: -15, reuseExistingChunk: true },
        },
      },
    },
    performance: { hints: false },
  };
};
