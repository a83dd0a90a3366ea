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
    },
    performance: { hints: false },
  };
};
